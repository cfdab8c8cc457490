namespace SachSong.Core.Reports;

/// <summary>
/// Columns that sit side by side under one header: "Đối tượng Bảo trợ xã hội" over "Số liệu | Chi trả tài khoản | Đạt tỉ lệ".
/// A group without a header is a single column, such as "Đơn vị", whose header spans both header rows.
/// </summary>
/// <remarks>Create groups with <see cref="Standalone"/> or <see cref="Spanning"/>.</remarks>
public sealed record ReportColumnGroup
{
    private ReportColumnGroup(string? header, IReadOnlyList<ReportColumn> columns)
    {
        Header = header;
        Columns = columns;
    }

    /// <summary>The text over the group's columns, or null for a single column.</summary>
    public string? Header { get; }

    /// <summary>The columns, left to right; exactly one when <see cref="Header"/> is null.</summary>
    public IReadOnlyList<ReportColumn> Columns { get; }

    /// <summary>A single column whose header spans both header rows.</summary>
    public static ReportColumnGroup Standalone(ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return new ReportColumnGroup(null, [column]);
    }

    /// <summary>A header over several columns.</summary>
    /// <exception cref="ArgumentException"><paramref name="header"/> is blank or <paramref name="columns"/> is empty or holds null.</exception>
    public static ReportColumnGroup Spanning(string header, params IReadOnlyList<ReportColumn> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0 || columns.Any(c => c is null))
            throw new ArgumentException("A column group needs at least one column and no null column.", nameof(columns));
        return new ReportColumnGroup(header, [.. columns]);
    }

    /// <summary>Implicitly a single column, so a table's groups read <c>[ReportColumn.Text("Đơn vị"), ReportColumnGroup.Spanning(…)]</c>.</summary>
    public static implicit operator ReportColumnGroup(ReportColumn column) => Standalone(column);
}
