using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace SachSong.App.Tests.Indicators;

/// <summary>Reads written .xlsx and .docx files back, the way a reviewer opening them would see them.</summary>
internal static class OpenXmlFiles
{
    /// <summary>One cell: its text (or number as written), whether it is a number, and its number format code ("" for none).</summary>
    public sealed record XlsxCell(string Text, bool IsNumber, string Format)
    {
        public decimal Number => decimal.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>A sheet: its cells by reference ("C4") and its merged ranges ("C2:E2").</summary>
    public sealed record XlsxSheet(IReadOnlyDictionary<string, XlsxCell> Cells, IReadOnlyList<string> Merges)
    {
        public XlsxCell this[string reference] => Cells[reference];
    }

    /// <summary>The sheets in workbook order, by name.</summary>
    public static List<(string Name, XlsxSheet Sheet)> ReadWorkbook(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var cellFormats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        string FormatOf(Cell c)
        {
            if (c.StyleIndex is null) return "";
            var id = cellFormats[(int)c.StyleIndex.Value].NumberFormatId?.Value ?? 0;
            return id switch { 0 => "", 9 => "0%", 10 => "0.00%", 3 => "#,##0", _ => formats.GetValueOrDefault(id, "?" + id) };
        }

        var result = new List<(string, XlsxSheet)>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var cells = part.Worksheet.Descendants<Cell>().ToDictionary(
                c => c.CellReference!.Value!,
                c => c.DataType?.Value == CellValues.SharedString ? new XlsxCell(shared[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)], false, FormatOf(c))
                    : c.DataType?.Value == CellValues.InlineString ? new XlsxCell(c.InlineString!.InnerText, false, FormatOf(c))
                    : c.DataType?.Value == CellValues.String ? new XlsxCell(c.CellValue?.Text ?? "", false, FormatOf(c))
                    : new XlsxCell(c.CellValue?.Text ?? "", c.CellValue is not null, FormatOf(c)),
                StringComparer.Ordinal);
            var merges = part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();
            result.Add((sheet.Name!.Value!, new XlsxSheet(cells, merges)));
        }
        return result;
    }

    /// <summary>The text of every non-empty paragraph of a .docx body, in document order (table cells included).</summary>
    public static List<string> Paragraphs(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return [.. document.MainDocumentPart!.Document.Body!.Descendants<Word.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)];
    }
}
