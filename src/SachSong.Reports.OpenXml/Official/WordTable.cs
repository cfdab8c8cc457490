using DocumentFormat.OpenXml.Wordprocessing;
using SachSong.Core.Reports;

namespace SachSong.Reports.OpenXml.Official;

/// <summary>
/// A <see cref="ReportTable"/> as a bordered Word table over the full text width: bold header rows repeated on each page,
/// group headers spanning their columns, single columns merged down both header rows, counts and rates printed vi-VN.
/// </summary>
internal static class WordTable
{
    /// <summary>Table text size: smaller than the body so that ranked tables with many columns still fit a portrait page.</summary>
    public const double Size = 12;

    /// <summary>The space left and right inside each cell: 1 mm.</summary>
    public const int CellMargin = 57;

    /// <summary>At most 45 mm of a text column is kept clear of wrapping.</summary>
    private static readonly int MaxTextMinimum = PageLayout.Twips(45);

    public static Table Build(LaidTable layout, int width)
    {
        var widths = ColumnWidths(layout, width);
        var table = new Table(new TableProperties
        {
            TableWidth = new TableWidth { Width = WordText.Text(width), Type = TableWidthUnitValues.Dxa },
            TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },
            TableBorders = Borders(BorderValues.Single),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa }),
        });
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = WordText.Text(w) })));

        for (var r = 0; r < layout.HeaderRowCount; r++)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
            foreach (var cell in layout.HeaderCells.Where(h => h.Row <= r && h.Row + h.RowSpan > r).OrderBy(h => h.Column))
            {
                var merge = cell.RowSpan == 1 ? null
                    : cell.Row == r ? new VerticalMerge { Val = MergedCellValues.Restart }
                    : new VerticalMerge();
                var text = cell.Row == r ? cell.Text : "";
                row.Append(Cell(widths.Skip(cell.Column).Take(cell.ColumnSpan).Sum(), cell.ColumnSpan, merge,
                    WordText.Line(text, Size, JustificationValues.Center, bold: true, before: 20, after: 20)));
            }
            table.Append(row);
        }

        foreach (var laid in layout.Rows)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < layout.Columns.Count; c++)
            {
                var cell = laid.Cells[c];
                var alignment = cell.Kind == ReportColumnKind.Text ? JustificationValues.Left : JustificationValues.Center;
                row.Append(Cell(widths[c], 1, null,
                    WordText.Line(layout.Format(c, cell), Size, alignment, bold: laid.IsTotal, before: 20, after: 20)));
            }
            table.Append(row);
        }
        return table;
    }

    /// <summary>A table without borders, for laying out the letter's header and signature.</summary>
    public static Table Borderless(int[] widths, params TableRow[] rows)
    {
        foreach (var properties in rows.SelectMany(r => r.Elements<TableCell>()).Select(c => c.TableCellProperties!))
            properties.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top };
        var table = new Table(new TableProperties
        {
            TableWidth = new TableWidth { Width = WordText.Text(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            TableBorders = Borders(BorderValues.Nil),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa }),
        });
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = WordText.Text(w) })));
        table.Append(rows);
        return table;
    }

    public static TableCell Cell(int width, int span, VerticalMerge? merge, params Paragraph[] paragraphs)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = WordText.Text(width), Type = TableWidthUnitValues.Dxa },
            GridSpan = span > 1 ? new GridSpan { Val = span } : null,
            VerticalMerge = merge,
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        return new TableCell(paragraphs.Length == 0 ? [properties, new Paragraph()] : [properties, .. paragraphs]);
    }

    /// <summary>
    /// Each column gets at least its longest header word and its widest value (a text up to <see cref="MaxTextMinimum"/>), so no word breaks inside; the rest of the text width is
    /// shared out in proportion to each column's estimated characters.
    /// </summary>
    private static int[] ColumnWidths(LaidTable layout, int width)
    {
        var minimums = layout.Columns.Select((column, c) =>
        {
            var header = layout.ColumnHeader(c);
            var headerWord = header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Max(w => WordText.EstimateWidth(w, Size, bold: true));
            var values = layout.Rows.Select(r => layout.Format(c, r.Cells[c]))
                .Select(v => WordText.EstimateWidth(v, Size, bold: true))
                .DefaultIfEmpty(0).Max();
            // A unit name should fit on one line, but a long text may wrap rather than squeeze the figures.
            if (column.Kind == ReportColumnKind.Text) values = Math.Min(values, MaxTextMinimum);
            return Math.Max(headerWord, values) + (2 * CellMargin) + 60;
        }).ToArray();
        var spare = width - minimums.Sum();
        var total = layout.Widths.Sum();
        var widths = spare >= 0
            ? minimums.Select((m, c) => m + (int)Math.Floor(spare * layout.Widths[c] / total)).ToArray()
            : minimums.Select(m => (int)Math.Floor((double)width * m / minimums.Sum())).ToArray();
        widths[^1] += width - widths.Sum();
        return widths;
    }

    private static TableBorders Borders(BorderValues value)
    {
        T Edge<T>() where T : BorderType, new() => new() { Val = value, Size = value == BorderValues.Nil ? 0u : 4u, Space = 0, Color = "auto" };
        return new TableBorders(Edge<TopBorder>(), Edge<LeftBorder>(), Edge<BottomBorder>(), Edge<RightBorder>(), Edge<InsideHorizontalBorder>(), Edge<InsideVerticalBorder>());
    }
}
