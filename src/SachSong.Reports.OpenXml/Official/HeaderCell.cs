namespace SachSong.Reports.OpenXml.Official;

/// <summary>A header cell at a zero-based header row and column, spanning rows and columns.</summary>
internal sealed record HeaderCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text);
