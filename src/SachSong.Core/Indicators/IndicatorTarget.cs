namespace SachSong.Core.Indicators;

/// <summary>
/// A target for an indicator ("chỉ tiêu"), with an optional deadline, for every unit or one unit, and for every period
/// or the periods inside one period. See <see cref="TargetTable.Resolve"/> for which target wins.
/// </summary>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed record IndicatorTarget
{
    /// <param name="indicatorCode">The indicator this target is for.</param>
    /// <param name="percent">The target in percent: 40 means 40%.</param>
    /// <param name="deadline">The date by which the target must be reached, or null.</param>
    /// <param name="unitCode">The unit this target is for, or null for every unit.</param>
    /// <param name="period">The period this target applies within (e.g. 2024 covers 2024-11 and 2024W47), or null for any period.</param>
    /// <exception cref="ArgumentException">When the code is invalid or the percent is negative.</exception>
    public IndicatorTarget(string indicatorCode, decimal percent, DateOnly? deadline = null, string? unitCode = null, Period? period = null)
    {
        IndicatorCode = IndicatorCodes.Check(indicatorCode, nameof(indicatorCode));
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        if (unitCode is not null) ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        Percent = percent;
        Deadline = deadline;
        UnitCode = unitCode;
        Period = period;
    }

    public string IndicatorCode { get; }
    public decimal Percent { get; }
    public DateOnly? Deadline { get; }
    public string? UnitCode { get; }
    public Period? Period { get; }
}
