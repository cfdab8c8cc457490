using System.Globalization;

namespace SachSong.Core.Units.Formats;

/// <summary>Checks GSO codes: 2 digits for a province, 3 for a district, 5 for a commune, kept as strings.</summary>
internal static class UnitCodes
{
    public static int WidthOf(UnitLevel level) => level switch
    {
        UnitLevel.Province => 2,
        UnitLevel.District => 3,
        UnitLevel.Commune => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string LevelWord(UnitLevel level) => level switch
    {
        UnitLevel.Province => "tỉnh",
        UnitLevel.District => "huyện",
        UnitLevel.Commune => "xã",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>
    /// The code with exactly <paramref name="width"/> digits, or null when <paramref name="raw"/> is not one.
    /// With <paramref name="padShort"/>, shorter codes get their leading zeros back (a spreadsheet drops them:
    /// 1 → "01") and a numeric cell's ".0" is accepted.
    /// </summary>
    public static string? TryNormalize(string raw, int width, bool padShort)
    {
        var text = raw.Trim();
        if (padShort)
        {
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && text.AsSpan(dot + 1).Length > 0 && !text.AsSpan(dot + 1).ContainsAnyExcept('0'))
                text = text[..dot];
        }
        if (text.Length == 0 || !text.All(char.IsAsciiDigit)) return null;
        if (text.Length == width) return text;
        return padShort && text.Length < width ? text.PadLeft(width, '0') : null;
    }

    /// <summary>Like <see cref="TryNormalize"/> for a unit of <paramref name="level"/>, throwing a message that names the row.</summary>
    /// <exception cref="UnitFileFormatException">When the code is missing or malformed.</exception>
    public static string Parse(string? raw, UnitLevel level, bool padShort, UnitFileBuilder file, string location)
    {
        var width = WidthOf(level);
        if (string.IsNullOrWhiteSpace(raw))
            throw file.Error(location, $"thiếu mã {LevelWord(level)}");
        return TryNormalize(raw, width, padShort)
            ?? throw file.Error(location, string.Create(CultureInfo.InvariantCulture,
                $"mã {LevelWord(level)} '{raw.Trim()}' không hợp lệ (cần {width} chữ số)"));
    }
}
