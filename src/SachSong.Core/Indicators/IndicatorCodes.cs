namespace SachSong.Core.Indicators;

/// <summary>
/// The rule for codes of data elements, indicators and parts: lower-case ASCII letters, digits and underscores in
/// one or more dot-separated segments, starting with a letter (<c>eid.authenticated</c>, <c>children_6to14.total</c>).
/// Codes are stable keys in files and the database; names are for people.
/// </summary>
public static class IndicatorCodes
{
    public static bool IsValid(string? code)
    {
        if (string.IsNullOrEmpty(code) || !char.IsAsciiLetterLower(code[0])) return false;
        var previousDot = false;
        foreach (var c in code)
        {
            if (c == '.')
            {
                if (previousDot) return false;
                previousDot = true;
                continue;
            }
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '_') return false;
            previousDot = false;
        }
        return !previousDot;
    }

    internal static string Check(string code, string paramName)
    {
        ArgumentNullException.ThrowIfNull(code, paramName);
        if (!IsValid(code))
            throw new ArgumentException($"“{code}” is not a valid code: use lower-case letters, digits, '_' and '.' (e.g. eid.authenticated).", paramName);
        return code;
    }
}
