using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SachSong.App.Tests.Lists.Reading;

/// <summary>
/// Writes real .xlsx workbooks for tests: several sheets, merged ranges, blank rows, and cells that are text (string),
/// numbers (double or int) or dates (DateOnly, stored as a serial number with a date format, as Excel does).
/// </summary>
internal sealed class XlsxBook
{
    private readonly List<XlsxSheet> _sheets = [];

    public XlsxSheet Sheet(string name)
    {
        var sheet = new XlsxSheet(name);
        _sheets.Add(sheet);
        return sheet;
    }

    public void Save(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        uint id = 0;
        foreach (var sheet in _sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = sheet.ToWorksheet();
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++id, Name = sheet.Name });
        }
        workbook.Workbook.Save();
    }
}
