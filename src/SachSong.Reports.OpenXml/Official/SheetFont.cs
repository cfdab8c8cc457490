namespace SachSong.Reports.OpenXml.Official;

/// <summary>The fonts of a report workbook, by their index in the stylesheet.</summary>
internal enum SheetFont
{
    Normal = 0,
    Bold = 1,
    Title = 2,
}
