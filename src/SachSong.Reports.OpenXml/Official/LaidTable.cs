using System.Globalization;
using SachSong.Core.Reports;

namespace SachSong.Reports.OpenXml.Official;

/// <summary>
/// A <see cref="ReportTable"/> laid out as a grid both renderers share: the printed columns (with "TT" first when numbered),
/// the header cells with their row and column spans, the body rows and a width estimate per column.
/// </summary>
internal sealed class LaidTable
{
    /// <summary>How Vietnamese documents print numbers: "1.234" and "91,14%".</summary>
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private LaidTable(ReportTable table)
    {
        Table = table;
        var columns = new List<LaidColumn>();
        if (table.Numbered) columns.Add(new LaidColumn(ReportTable.NumberHeader, ReportColumnKind.WholeNumber, 0, IsRowNumber: true));
        columns.AddRange(table.Columns.Select(c => new LaidColumn(c.Header, c.Kind, c.Decimals, IsRowNumber: false)));
        Columns = columns;
        HeaderRowCount = table.HasGroupHeaders ? 2 : 1;

        var header = new List<HeaderCell>();
        var at = 0;
        if (table.Numbered) header.Add(new HeaderCell(0, at++, HeaderRowCount, 1, ReportTable.NumberHeader));
        foreach (var group in table.Groups)
        {
            if (group.Header is null)
            {
                header.Add(new HeaderCell(0, at++, HeaderRowCount, 1, group.Columns[0].Header));
                continue;
            }
            header.Add(new HeaderCell(0, at, 1, group.Columns.Count, group.Header));
            foreach (var column in group.Columns) header.Add(new HeaderCell(1, at++, 1, 1, column.Header));
        }
        HeaderCells = header;

        var rows = new List<LaidRow>();
        for (var i = 0; i < table.Rows.Count; i++)
            rows.Add(new LaidRow(table.Numbered ? [new ReportCell.WholeNumber(i + 1), .. table.Rows[i].Cells] : table.Rows[i].Cells, IsTotal: false));
        if (table.Total is { } total)
            rows.Add(new LaidRow(table.Numbered ? [new ReportCell.Text(""), .. total.Cells] : total.Cells, IsTotal: true));
        Rows = rows;

        Widths = [.. Columns.Select((_, c) => EstimateWidth(c))];
    }

    public ReportTable Table { get; }

    public IReadOnlyList<LaidColumn> Columns { get; }

    /// <summary>1, or 2 when some group has a header over its columns.</summary>
    public int HeaderRowCount { get; }

    public IReadOnlyList<HeaderCell> HeaderCells { get; }

    /// <summary>Data rows then the total row, with the "TT" cell in front when numbered (empty on the total row).</summary>
    public IReadOnlyList<LaidRow> Rows { get; }

    /// <summary>A column's width in characters, enough for its values and for its header wrapped onto a few lines.</summary>
    public IReadOnlyList<double> Widths { get; }

    public static LaidTable Of(ReportTable table) => new(table);

    /// <summary>The header of one column: the lowest header cell over it alone (a group's sub-header, or a single column's header).</summary>
    public string ColumnHeader(int column) => HeaderCells.Last(h => h.Column == column && h.ColumnSpan == 1).Text;

    /// <summary>The cell as a letter prints it.</summary>
    public string Format(int column, ReportCell cell) => cell.Format(Columns[column].Decimals, Vietnamese);

    private double EstimateWidth(int column)
    {
        var laid = Columns[column];
        if (laid.IsRowNumber) return Math.Max(3, Rows.Count.ToString(CultureInfo.InvariantCulture).Length + 1);
        var values = Rows.Select(r => Format(column, r.Cells[column]).Length).DefaultIfEmpty(0).Max();
        // A header wraps at spaces, so its longest word is a floor; past that, allow up to three lines.
        var header = ColumnHeader(column);
        var words = header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(1).Max();
        var headerWidth = Math.Max(words, Math.Ceiling(header.Length / 3.0));
        var width = Math.Max(values, headerWidth) + 1;
        return laid.Kind == ReportColumnKind.Text ? Math.Clamp(width, 8, 32) : Math.Clamp(width, 6, 16);
    }
}
