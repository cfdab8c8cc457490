namespace SachSong.Reports.OpenXml.Official;

/// <summary>Excel's rules for sheet names: at most 31 characters, none of []:*?/\, not starting or ending with an apostrophe, unique.</summary>
internal static class SheetNames
{
    public const int MaxLength = 31;

    public static string Unique(string wanted, IEnumerable<string> taken)
    {
        var clean = new string([.. wanted.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? '-' : c)]).Trim().Trim('\'');
        if (clean.Length == 0) clean = "Sheet";
        if (clean.Length > MaxLength) clean = clean[..MaxLength].TrimEnd();
        var names = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidate = clean;
        for (var i = 2; names.Contains(candidate); i++)
        {
            var suffix = " (" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            candidate = (clean.Length + suffix.Length > MaxLength ? clean[..(MaxLength - suffix.Length)] : clean) + suffix;
        }
        return candidate;
    }
}
