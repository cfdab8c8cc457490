using DocumentFormat.OpenXml.Spreadsheet;

namespace SachSong.Reports.OpenXml.Official;

/// <summary>One cell format: font, thin border or none, number format code, horizontal alignment and wrapping.</summary>
internal readonly record struct SheetStyle(SheetFont Font, bool Border, string? NumberFormat, HorizontalAlignmentValues Horizontal, bool Wrap);
