namespace SachSong.Core.Lists;

/// <summary>
/// One column of a list and what it holds: its 0-based index, its header as written (parent and sub-header joined by
/// " / " for a two-line header), the field, and the part of the field when a header is split over sub-columns.
/// </summary>
public sealed record MappedColumn(int Index, string Header, ListColumn Column, ColumnPart Part = ColumnPart.Whole);
