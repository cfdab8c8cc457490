namespace SachSong.App.Lists;

/// <summary>
/// A user's correction of how a sheet's columns are read, as typed: where the header is and what some columns hold.
/// Everything is checked against the file before anything is saved.
/// </summary>
/// <param name="Sheet">The worksheet to correct; may be left out when the file has a single sheet (or is a CSV).</param>
/// <param name="HeaderRows">The header's rows, "4" or "4,5" for a header with sub-columns; null keeps the header that an import would use now.</param>
/// <param name="Roles">Columns to change, each "COLUMN=ROLE" or "COLUMN=ROLE:PART": a letter ("E") or a 1-based number ("5"),
/// then a <see cref="ColumnRoles"/> name ("birth_date", "other" to ignore the column) and optionally a part ("male", "day"…).</param>
public sealed record ListMappingCorrection(string? Sheet, string? HeaderRows, IReadOnlyList<string> Roles)
{
    public bool IsEmpty => HeaderRows is null && Roles.Count == 0;
}
