namespace SachSong.App.Linkage;

/// <summary>Cheap checks that let plain rows skip the general (slower) parsing.</summary>
internal static class PlainText
{
    /// <summary>Letters of Vietnamese in NFC and spaces only: no legacy-encoding bytes, no digits, single spaces.</summary>
    public static bool IsPlainVietnamese(ReadOnlySpan<char> name)
    {
        var previousSpace = true;
        var previousLower = false;
        foreach (var c in name)
        {
            // "NguyÔn": a capital inside a word is TCVN3 read as Windows-1252; let the general check repair it.
            if (previousLower && char.IsUpper(c)) return false;
            previousLower = char.IsLower(c);
            if (c == ' ')
            {
                if (previousSpace) return false;
                previousSpace = true;
                continue;
            }
            previousSpace = false;
            if (char.IsAsciiLetter(c)) continue;
            if (c is >= '\u1EA0' and <= '\u1EF9') continue;
            if ("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư".Contains(c, StringComparison.Ordinal)) continue;
            return false;
        }
        return !previousSpace;
    }
}
