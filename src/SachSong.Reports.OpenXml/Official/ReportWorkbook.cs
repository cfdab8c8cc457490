using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SachSong.Core.Reports;

namespace SachSong.Reports.OpenXml.Official;

/// <summary>
/// Writes <see cref="ReportTable"/>s to a formatted .xlsx workbook, one sheet per table: a merged title row, one or two bold
/// bordered header rows with merged group headers, counts as numbers shown <c>#,##0</c>, rates as numbers shown <c>0.00%</c>
/// with each column's decimals ("—" as text when the denominator is zero), frozen header rows and columns, Times New Roman,
/// and print settings (A4, fit to page width, header rows repeated on each page).
/// </summary>
public static class ReportWorkbook
{
    /// <summary>Writes the workbook. On each sheet row 1 is the title, rows 2 to 3 (or just 2) the header, and the data follows.</summary>
    /// <param name="output">Where the workbook goes; written and left open.</param>
    /// <param name="tables">The tables, one sheet each, in order.</param>
    /// <param name="stamp">Who made the file and when (take the time from the injected <see cref="TimeProvider"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="tables"/> is empty.</exception>
    public static void Write(Stream output, IEnumerable<ReportTable> tables, WorkbookStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(stamp);
        var list = tables.ToList();
        if (list.Count == 0) throw new ArgumentException("A workbook needs at least one table.", nameof(tables));
        if (list.Any(t => t is null)) throw new ArgumentException("A table is null.", nameof(tables));

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheets = new Sheets();
        workbook.Workbook = new Workbook(sheets);
        var styles = new SheetStyles();
        var printTitles = new List<DefinedName>();
        foreach (var table in list)
        {
            var layout = LaidTable.Of(table);
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = Sheet(layout, styles);
            var name = SheetNames.Unique(table.SheetName ?? table.Title, sheets.Elements<Sheet>().Select(s => s.Name?.Value ?? ""));
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
            var lastHeaderRow = (1 + layout.HeaderRowCount).ToString(CultureInfo.InvariantCulture);
            printTitles.Add(new DefinedName("'" + name.Replace("'", "''", StringComparison.Ordinal) + "'!$2:$" + lastHeaderRow)
            {
                Name = "_xlnm.Print_Titles",
                LocalSheetId = (uint)sheets.ChildElements.Count - 1,
            });
        }
        workbook.Workbook.Append(new DefinedNames(printTitles));
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
        XlsxWriter.Stamp(document, stamp with { Title = stamp.Title ?? list[0].Title });
        workbook.Workbook.Save();
    }

    private static Worksheet Sheet(LaidTable layout, SheetStyles styles)
    {
        var columnCount = layout.Columns.Count;
        var lastColumn = Cells.ColumnName(columnCount - 1);
        var data = new SheetData();
        var merges = new List<string>();
        var widths = layout.Widths.Select(w => Math.Round((w * 1.15) + 1.5, 1)).ToList();

        var titleRow = new Row { RowIndex = 1, Height = TitleHeight(layout.Table.Title, widths), CustomHeight = true };
        titleRow.Append(Cells.Make(0, 1, layout.Table.Title, styles.Index(new SheetStyle(SheetFont.Title, false, null, HorizontalAlignmentValues.Center, true))));
        data.Append(titleRow);
        if (columnCount > 1) merges.Add("A1:" + lastColumn + "1");

        var headerStyle = styles.Index(new SheetStyle(SheetFont.Bold, true, null, HorizontalAlignmentValues.Center, true));
        var headerTexts = layout.HeaderCells.ToDictionary(h => (h.Row, h.Column), h => h.Text);
        var headerRows = new List<Row>();
        for (var r = 0; r < layout.HeaderRowCount; r++)
        {
            var row = new Row { RowIndex = (uint)(2 + r), Height = HeaderHeight(layout, r, widths), CustomHeight = true };
            // Every cell of a merged range is written, so that the range's borders show on all its sides.
            for (var c = 0; c < columnCount; c++) row.Append(Cells.Make(c, row.RowIndex.Value, headerTexts.GetValueOrDefault((r, c)), headerStyle));
            headerRows.Add(row);
        }
        merges.AddRange(layout.HeaderCells.Where(h => h.RowSpan > 1 || h.ColumnSpan > 1)
            .Select(h => Reference(h.Column, 2 + h.Row) + ":" + Reference(h.Column + h.ColumnSpan - 1, 2 + h.Row + h.RowSpan - 1)));
        data.Append(headerRows);

        var rowNumber = (uint)(1 + layout.HeaderRowCount);
        foreach (var laid in layout.Rows)
        {
            var row = new Row { RowIndex = ++rowNumber };
            for (var c = 0; c < columnCount; c++) row.Append(BodyCell(layout, c, rowNumber, laid, styles));
            data.Append(row);
        }

        var frozenRows = 1 + layout.HeaderRowCount;
        var frozenColumns = FrozenColumns(layout);
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(View(frozenRows, frozenColumns)),
            new SheetFormatProperties { DefaultRowHeight = 15.75 },
            new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
            data);
        if (merges.Count > 0) worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        worksheet.Append(
            new PageMargins { Left = 0.6, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                PaperSize = 9, // A4
                Orientation = widths.Sum() > 100 ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0,
            });
        return worksheet;
    }

    private static Cell BodyCell(LaidTable layout, int column, uint row, LaidRow laid, SheetStyles styles)
    {
        var font = laid.IsTotal ? SheetFont.Bold : SheetFont.Normal;
        var laidColumn = layout.Columns[column];
        return laid.Cells[column] switch
        {
            ReportCell.Text text => Cells.Make(column, row, text.Value, styles.Index(new SheetStyle(font, true, null, HorizontalAlignmentValues.Left, true))),
            ReportCell.WholeNumber number when laidColumn.IsRowNumber =>
                Cells.Make(column, row, number.Value, styles.Index(new SheetStyle(font, true, null, HorizontalAlignmentValues.Center, false))),
            ReportCell.WholeNumber number =>
                Cells.Make(column, row, number.Value, styles.Index(new SheetStyle(font, true, SheetStyles.WholeNumberFormat, HorizontalAlignmentValues.Right, false))),
            ReportCell.MissingNumber =>
                Cells.Make(column, row, "", styles.Index(new SheetStyle(font, true, null, HorizontalAlignmentValues.Right, false))),
            ReportCell.Percentage { Fraction: { } fraction } =>
                Cells.Make(column, row, WithoutTrailingZeros(fraction), styles.Index(new SheetStyle(font, true, SheetStyles.PercentageFormat(laidColumn.Decimals), HorizontalAlignmentValues.Right, false))),
            ReportCell.Percentage =>
                Cells.Make(column, row, ReportCell.NoRate, styles.Index(new SheetStyle(font, true, null, HorizontalAlignmentValues.Center, false))),
            _ => throw new InvalidOperationException("Unknown report cell " + laid.Cells[column].GetType().Name + "."),
        };
    }

    // Keep "TT" and the unit name in view when scrolling right: the leading columns up to the first text column.
    private static int FrozenColumns(LaidTable layout)
    {
        var firstText = layout.Columns.ToList().FindIndex(c => c.Kind == ReportColumnKind.Text);
        return firstText is >= 0 and < 3 && firstText < layout.Columns.Count - 1 ? firstText + 1 : 0;
    }

    private static SheetView View(int frozenRows, int frozenColumns)
    {
        var topLeft = Reference(frozenColumns, frozenRows + 1);
        var pane = new Pane
        {
            VerticalSplit = frozenRows,
            TopLeftCell = topLeft,
            ActivePane = frozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        };
        if (frozenColumns > 0) pane.HorizontalSplit = frozenColumns;
        return new SheetView(pane, new Selection { Pane = pane.ActivePane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        {
            WorkbookViewId = 0,
        };
    }

    // Rounding keeps the scale (0.8660); the file reads better as 0.866, the same number.
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.000000000000000000000000000000000m;

    private static string Reference(int column, int row) => Cells.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    // Merged and wrapped cells do not grow their rows when opened, so the heights are estimated from the text and the widths.
    private static double TitleHeight(string title, List<double> widths) =>
        Lines(title, widths.Sum() / 1.25) * 18.75 + 6;

    private static double HeaderHeight(LaidTable layout, int headerRow, List<double> widths)
    {
        var lines = 1;
        foreach (var cell in layout.HeaderCells)
        {
            var width = widths.Skip(cell.Column).Take(cell.ColumnSpan).Sum();
            var needed = Lines(cell.Text, width);
            if (cell.Row == headerRow && cell.RowSpan == 1) lines = Math.Max(lines, needed);
            // A cell over both header rows shares its lines between them.
            if (cell.RowSpan == 2) lines = Math.Max(lines, (needed + 1) / 2);
        }
        return lines * 15.75 + 4;
    }

    private static int Lines(string text, double widthInCharacters)
    {
        var usable = Math.Max(1, widthInCharacters - 1.5);
        var lines = 1;
        var used = 0.0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Bold Times New Roman runs about 10% wider than the digit width Excel's column unit is measured in.
            var length = word.Length * 1.1;
            if (used > 0 && used + 1 + length > usable)
            {
                lines++;
                used = length;
            }
            else used += (used > 0 ? 1 : 0) + length;
        }
        return lines;
    }
}
