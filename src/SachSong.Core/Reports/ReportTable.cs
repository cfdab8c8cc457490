using System.Globalization;

namespace SachSong.Core.Reports;

/// <summary>
/// A ranked or summary table as the task-force letters print it: a title, one or two header rows (column groups),
/// data rows in the order given, an optional total row, and by default a leading "TT" column numbering the data rows.
/// </summary>
/// <remarks>
/// Invariant: every row, the total included, has one cell per column, of the column's kind, and every percentage already fits
/// its column's decimals, so a workbook cell holds exactly the value a letter prints.
/// </remarks>
public sealed record ReportTable
{
    /// <summary>The header of the row-number column.</summary>
    public const string NumberHeader = "TT";

    /// <param name="title">What the table shows, e.g. "Các đơn vị chưa hoàn thành chỉ tiêu trong năm 2024"; the title row of its sheet.</param>
    /// <param name="groups">The columns, left to right, grouped under shared headers where a group has one.</param>
    /// <param name="rows">The data rows, in printing order (rank order for a ranking).</param>
    /// <param name="total">A last row such as "Tổng cộng", printed bold and not numbered.</param>
    /// <param name="numbered">Whether to add the "TT" column numbering the data rows 1, 2, ….</param>
    /// <param name="sheetName">A short name for the table's sheet; defaults to the title, shortened to what a sheet name allows.</param>
    /// <exception cref="ArgumentException">The title is blank, there is no column, or a row does not match the columns.</exception>
    public ReportTable(string title, IReadOnlyList<ReportColumnGroup> groups, IReadOnlyList<ReportRow> rows,
        ReportRow? total = null, bool numbered = true, string? sheetName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(rows);
        if (groups.Count == 0 || groups.Any(g => g is null)) throw new ArgumentException("A table needs at least one column and no null group.", nameof(groups));
        if (sheetName is not null) ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        Title = title;
        Groups = [.. groups];
        Columns = [.. Groups.SelectMany(g => g.Columns)];
        Rows = [.. rows];
        Total = total;
        Numbered = numbered;
        SheetName = sheetName;
        for (var i = 0; i < Rows.Count; i++) Check(Rows[i], "Row " + (i + 1).ToString(CultureInfo.InvariantCulture), nameof(rows));
        if (total is not null) Check(total, "The total row", nameof(total));
    }

    public string Title { get; }

    public IReadOnlyList<ReportColumnGroup> Groups { get; }

    /// <summary>All columns left to right, without the "TT" column.</summary>
    public IReadOnlyList<ReportColumn> Columns { get; }

    public IReadOnlyList<ReportRow> Rows { get; }

    public ReportRow? Total { get; }

    /// <summary>Whether renderers add a first "TT" column numbering the data rows.</summary>
    public bool Numbered { get; }

    /// <summary>The sheet name the caller asked for, or null to use the title.</summary>
    public string? SheetName { get; }

    /// <summary>Whether the header takes two rows: true when some group has a header over its columns.</summary>
    public bool HasGroupHeaders => Groups.Any(g => g.Header is not null);

    private void Check(ReportRow row, string what, string parameter)
    {
        ArgumentNullException.ThrowIfNull(row, parameter);
        if (row.Cells.Count != Columns.Count)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{what} has {row.Cells.Count} cells for {Columns.Count} columns."), parameter);
        for (var c = 0; c < Columns.Count; c++)
        {
            var column = Columns[c];
            var cell = row.Cells[c];
            if (cell.Kind != column.Kind)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{what}, column \"{column.Header}\" holds {cell.Kind} but the column is {column.Kind}."), parameter);
            if (cell is ReportCell.Percentage rate && !rate.FitsDecimals(column.Decimals))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{what}, column \"{column.Header}\" holds {rate.Fraction} which needs more than the column's {column.Decimals} decimals; round it with ReportCell.Rate."), parameter);
        }
    }
}
