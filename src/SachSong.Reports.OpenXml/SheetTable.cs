namespace SachSong.Reports.OpenXml;

/// <summary>
/// A sheet to write: a header row and data rows. Cell values are strings, whole numbers (int, long), decimals or doubles
/// (written as numbers), <see cref="DateOnly"/> (written as a date cell shown dd/MM/yyyy) or null (empty). With an empty header the rows start at row 1.
/// </summary>
public sealed record SheetTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);
