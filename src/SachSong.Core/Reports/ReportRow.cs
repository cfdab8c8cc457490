namespace SachSong.Core.Reports;

/// <summary>One row of a <see cref="ReportTable"/>: a cell per column, left to right (without the "TT" number, which the table adds).</summary>
public sealed record ReportRow
{
    public ReportRow(params IReadOnlyList<ReportCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Any(c => c is null)) throw new ArgumentException("A report row cannot hold a null cell; use ReportCell.Rate or an empty text.", nameof(cells));
        Cells = [.. cells];
    }

    public IReadOnlyList<ReportCell> Cells { get; }
}
