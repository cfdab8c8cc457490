using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SachSong.Reports.OpenXml;

/// <summary>Cell building shared by the writers.</summary>
internal static class Cells
{
    /// <summary>Style index of a date cell (dd/MM/yyyy) in the stylesheet <see cref="Stylesheet"/> makes; 1 is bold.</summary>
    public const uint DateStyle = 2;
    public const uint BoldStyle = 1;

    public static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + ((i - 1) % 26)) + name;
        return name;
    }

    public static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            n = (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return n - 1;
    }

    public static Cell Make(int column, uint row, object? value, uint? style = null)
    {
        var reference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
        var cell = value switch
        {
            null => new Cell { CellReference = reference },
            string s => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Sanitize(s)) { Space = SpaceProcessingModeValues.Preserve }) },
            int i => Number(reference, i.ToString(CultureInfo.InvariantCulture)),
            long l => Number(reference, l.ToString(CultureInfo.InvariantCulture)),
            decimal d => Number(reference, d.ToString(CultureInfo.InvariantCulture)),
            double d => Number(reference, d.ToString("R", CultureInfo.InvariantCulture)),
            DateOnly d => new Cell { CellReference = reference, CellValue = new CellValue((d.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)), StyleIndex = DateStyle },
            _ => throw new ArgumentException($"Unsupported cell value type {value.GetType().Name}.", nameof(value)),
        };
        if (style is not null) cell.StyleIndex = style;
        return cell;
    }

    /// <summary>A stylesheet with: 0 default, 1 bold, 2 date dd/MM/yyyy.</summary>
    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });

    // XML 1.0 cannot hold most control characters; a legacy-encoded cell may still carry some.
    private static string Sanitize(string s) =>
        s.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')) ? new string(s.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray()) : s;

    private static Cell Number(string reference, string text) => new() { CellReference = reference, CellValue = new CellValue(text), DataType = CellValues.Number };
}
