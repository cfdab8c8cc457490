using SachSong.Core.Text;

namespace SachSong.Core.Units.Formats;

/// <summary>Cleans unit names from upstream files and reads the unit type off their prefix.</summary>
internal static class UnitNames
{
    /// <summary>The type word that may start a name, in canonical case; "Thành phố" before anything shorter it could shadow.</summary>
    private static readonly string[] Prefixes =
        ["Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Tỉnh", "Huyện", "Quận", "Phường", "Xã"];

    /// <summary>
    /// NFC, white space collapsed, and the type prefix in canonical case ("Thị Trấn Châu Ổ" → "Thị trấn Châu Ổ");
    /// the rest of the name is kept as written.
    /// </summary>
    public static string Normalize(string? raw)
    {
        var cleaned = VietnameseText.Clean(raw);
        foreach (var prefix in Prefixes)
        {
            if (cleaned.Length > prefix.Length + 1
                && cleaned[prefix.Length] == ' '
                && cleaned.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return string.Concat(prefix, cleaned.AsSpan(prefix.Length));
            }
        }
        return cleaned;
    }

    /// <summary>The canonical type prefix of a normalised name ("Thị trấn"), or null when the name has none.</summary>
    public static string? PrefixOf(string name)
    {
        foreach (var prefix in Prefixes)
            if (name.Length > prefix.Length + 1 && name[prefix.Length] == ' ' && name.StartsWith(prefix, StringComparison.Ordinal))
                return prefix;
        return null;
    }

    /// <summary>
    /// The unit type a normalised name implies at a level: a province named "Thành phố …" is a
    /// "Thành phố Trung ương", elsewhere the prefix is the type. Null when the name has no known prefix.
    /// </summary>
    public static string? TypeFromName(string name, UnitLevel level)
    {
        var prefix = PrefixOf(name);
        if (prefix is null) return null;
        return level == UnitLevel.Province && string.Equals(prefix, "Thành phố", StringComparison.Ordinal)
            ? ProvinceCityType
            : prefix;
    }

    /// <summary>A type word as an upstream file writes it ("Thị Trấn", "thành phố trực thuộc trung ương"), in canonical form.</summary>
    public static string CanonicalType(string raw)
    {
        var cleaned = VietnameseText.Clean(raw);
        return UnitTypes.TypeOf(cleaned + " _") ?? cleaned;
    }

    /// <summary>The name with the prefix of <paramref name="type"/> added when it has none ("Cao Bằng" → "Tỉnh Cao Bằng").</summary>
    public static string WithPrefix(string name, string type)
    {
        if (PrefixOf(name) is not null) return name;
        var prefix = string.Equals(type, ProvinceCityType, StringComparison.Ordinal) ? "Thành phố" : type;
        return $"{prefix} {name}";
    }

    /// <summary>Type of a centrally governed city, as the GSO catalogue writes it.</summary>
    public const string ProvinceCityType = "Thành phố Trung ương";
}
