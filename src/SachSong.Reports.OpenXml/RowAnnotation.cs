namespace SachSong.Reports.OpenXml;

/// <summary>Values to add at the end of one row of the user's workbook (sheet name, row number as Excel shows it).</summary>
public sealed record RowAnnotation(string Sheet, int RowNumber, IReadOnlyList<object?> Values);

/// <summary>Where a sheet's header row is, so the added columns get their titles there.</summary>
public sealed record SheetAnnotation(string Sheet, int HeaderRowNumber, IReadOnlyList<string> AddedHeaders);
