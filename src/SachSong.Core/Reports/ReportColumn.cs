namespace SachSong.Core.Reports;

/// <summary>One column of a <see cref="ReportTable"/>: its header text, what it holds and, for a percentage, how many decimals it shows.</summary>
/// <remarks>Create columns with <see cref="Text"/>, <see cref="WholeNumber"/> or <see cref="Percentage"/>.</remarks>
public sealed record ReportColumn
{
    /// <summary>The most decimals a percentage column may show.</summary>
    public const int MaxDecimals = 4;

    private ReportColumn(string header, ReportColumnKind kind, int decimals)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        Header = header;
        Kind = kind;
        Decimals = decimals;
    }

    /// <summary>The header as printed, e.g. "Đạt tỉ lệ".</summary>
    public string Header { get; }

    public ReportColumnKind Kind { get; }

    /// <summary>Decimals shown after the comma of a percentage (2 shows 91,14%); 0 for other kinds.</summary>
    public int Decimals { get; }

    /// <summary>A text column such as "Đơn vị".</summary>
    /// <exception cref="ArgumentException"><paramref name="header"/> is blank.</exception>
    public static ReportColumn Text(string header) => new(header, ReportColumnKind.Text, 0);

    /// <summary>A count column such as "Số liệu".</summary>
    /// <exception cref="ArgumentException"><paramref name="header"/> is blank.</exception>
    public static ReportColumn WholeNumber(string header) => new(header, ReportColumnKind.WholeNumber, 0);

    /// <summary>A rate column such as "Đạt tỉ lệ" showing <paramref name="decimals"/> decimals of the percentage.</summary>
    /// <exception cref="ArgumentException"><paramref name="header"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to <see cref="MaxDecimals"/>.</exception>
    public static ReportColumn Percentage(string header, int decimals) => new(header, ReportColumnKind.Percentage, decimals);
}
