namespace SachSong.Core.Indicators;

/// <summary>One unit's line of a ranking report, or the total line.</summary>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed record RankingRow
{
    internal RankingRow(ReportUnit unit, bool isTotal, IReadOnlyDictionary<string, long> values, IReadOnlyList<string> missingElements,
        IReadOnlyList<IndicatorResult> results)
    {
        Unit = unit;
        IsTotal = isTotal;
        Values = values;
        MissingElements = missingElements;
        Results = results;
        Status = results.All(r => r.CountsAsCompleted) ? CompletionStatus.Completed : CompletionStatus.NotCompleted;
    }

    /// <summary>The child unit; for the total line, the parent unit.</summary>
    public ReportUnit Unit { get; }

    /// <summary>True for the total line (sums over all children).</summary>
    public bool IsTotal { get; }

    /// <summary>Element code → value for every element the report's indicators use; an element not reported counts as 0.</summary>
    public IReadOnlyDictionary<string, long> Values { get; }

    /// <summary>Elements the unit did not report for the period (for the total line: that no child reported), in column order.</summary>
    public IReadOnlyList<string> MissingElements { get; }

    /// <summary>One result per indicator, in the report's indicator order.</summary>
    public IReadOnlyList<IndicatorResult> Results { get; }

    /// <summary>
    /// <see cref="CompletionStatus.Completed"/> when every indicator meets its target as shown, or has no target; an
    /// indicator with a zero denominator ("—") makes the unit not completed.
    /// </summary>
    public CompletionStatus Status { get; }

    /// <summary><c>completed</c> or <c>not_completed</c>, for files and the API.</summary>
    public string StatusCode => Status == CompletionStatus.Completed ? "completed" : "not_completed";

    /// <exception cref="KeyNotFoundException">When the report has no such indicator.</exception>
    public IndicatorResult Result(string indicatorCode) =>
        Results.FirstOrDefault(r => string.Equals(r.Indicator.Code, indicatorCode, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The report has no indicator {indicatorCode}.");

    /// <summary>This row's value in <paramref name="column"/>; a count (or gap) whose element was not reported is null, never 0.</summary>
    public RankingCell Cell(RankingColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Kind switch
        {
            RankingColumnKind.Count => new RankingCell(column.Kind, MissingElements.Contains(column.ElementCode!) ? null : Values[column.ElementCode!], null, 0),
            RankingColumnKind.Gap => new RankingCell(column.Kind,
                column.Indicator!.Elements.Any(MissingElements.Contains) ? null : Gap(Result(column.Indicator.Code).Rate), null, 0),
            RankingColumnKind.PartRate => new RankingCell(column.Kind, null,
                Result(column.Indicator!.Code).Parts.First(p => string.Equals(p.Part.Code, column.Part!.Code, StringComparison.Ordinal)).Rate,
                column.Decimals),
            RankingColumnKind.Rate => new RankingCell(column.Kind, null, Result(column.Indicator!.Code).Rate, column.Decimals),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "Unknown column kind."),
        };
    }

    public override string ToString() => $"{Unit.Name}: {string.Join(", ", Results.Select(r => $"{r.Indicator.Code} {r.Rate}"))} {StatusCode}";

    private static long Gap(Rate rate) => Math.Max(0, rate.Denominator - rate.Numerator);
}
