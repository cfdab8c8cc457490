using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SachSong.Reports.OpenXml.Tests;

/// <summary>Reads a written workbook back: sheet names and each cell's text by reference.</summary>
internal static class Workbooks
{
    public static Dictionary<string, Dictionary<string, string>> Read(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            result[sheet.Name!.Value!] = part.Worksheet.Descendants<Cell>().ToDictionary(
                c => c.CellReference!.Value!,
                c => c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                    : c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText
                    : c.CellValue?.Text ?? "");
        }
        return result;
    }
}
