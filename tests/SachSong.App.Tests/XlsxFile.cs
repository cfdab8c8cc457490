using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SachSong.App.Tests;

/// <summary>Writes a real .xlsx for tests: each cell is a string, or a number when given as double.</summary>
internal static class XlsxFile
{
    public static void Write(string path, string sheetName, IEnumerable<object?[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 0;
        foreach (var row in rows)
        {
            r++;
            var xmlRow = new Row { RowIndex = r };
            for (var c = 0; c < row.Length; c++)
            {
                var reference = ColumnName(c) + r.ToString(CultureInfo.InvariantCulture);
                xmlRow.Append(row[c] switch
                {
                    null => new Cell { CellReference = reference },
                    double d => new Cell { CellReference = reference, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
                    var v => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(v, CultureInfo.InvariantCulture)!)) },
                });
            }
            data.Append(xmlRow);
        }
        sheetPart.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName });
        workbook.Workbook.Save();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + ((i - 1) % 26)) + name;
        return name;
    }
}
