using SachSong.Core.Text;

namespace SachSong.Core.Units;

/// <summary>The Vietnamese unit types and how their names are prefixed.</summary>
public static class UnitTypes
{
    // Longest first, so "Thành phố Trung ương" is stripped before "Thành phố".
    private static readonly string[] Prefixes =
    [
        "thành phố trực thuộc trung ương", "thành phố trung ương", "thành phố", "thị trấn", "thị xã", "đặc khu",
        "tỉnh", "huyện", "quận", "xã", "phường", "tp.", "tp", "tt.", "tt", "tx.", "tx", "p.", "q.", "h.",
    ];

    /// <summary>Removes a leading type word ("Xã", "Thị trấn", "TP." …) from a unit name, keeping the rest as written.</summary>
    public static string StripType(string name)
    {
        var cleaned = VietnameseText.Clean(name);
        var key = cleaned.ToLowerInvariant();
        foreach (var prefix in Prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
            {
                var rest = cleaned[prefix.Length..];
                if (rest.Length > 0 && (rest[0] == ' ' || prefix.EndsWith('.')))
                    return rest.Trim();
            }
        }
        return cleaned;
    }

    /// <summary>The type word at the start of a name, in its canonical form ("Thị trấn"), or null.</summary>
    public static string? TypeOf(string name)
    {
        var key = VietnameseText.Clean(name).ToLowerInvariant();
        foreach (var (prefix, canonical) in Canonical)
            if (key.StartsWith(prefix + " ", StringComparison.Ordinal)) return canonical;
        return null;
    }

    /// <summary>Level implied by a type word.</summary>
    public static UnitLevel LevelOf(string type) => VietnameseText.MatchKey(type) switch
    {
        var t when t.StartsWith(VietnameseText.MatchKey("Tỉnh"), StringComparison.Ordinal) => UnitLevel.Province,
        var t when t.Contains(VietnameseText.MatchKey("trung ương"), StringComparison.Ordinal) => UnitLevel.Province,
        var t when t == VietnameseText.MatchKey("Huyện") || t == VietnameseText.MatchKey("Quận")
                   || t == VietnameseText.MatchKey("Thị xã") || t.StartsWith(VietnameseText.MatchKey("Thành phố"), StringComparison.Ordinal) => UnitLevel.District,
        _ => UnitLevel.Commune,
    };

    private static readonly (string Prefix, string Canonical)[] Canonical =
    [
        ("thành phố trực thuộc trung ương", "Thành phố Trung ương"), ("thành phố trung ương", "Thành phố Trung ương"),
        ("thành phố", "Thành phố"), ("thị trấn", "Thị trấn"), ("thị xã", "Thị xã"), ("đặc khu", "Đặc khu"),
        ("tỉnh", "Tỉnh"), ("huyện", "Huyện"), ("quận", "Quận"), ("xã", "Xã"), ("phường", "Phường"),
    ];
}
