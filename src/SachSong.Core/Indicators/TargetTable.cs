namespace SachSong.Core.Indicators;

/// <summary>
/// The targets and deadlines users set per indicator, unit and period, on top of each indicator's default
/// (<see cref="Indicator.TargetPercent"/>, <see cref="Indicator.Deadline"/>).
/// </summary>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed class TargetTable
{
    private readonly List<IndicatorTarget> _targets;

    /// <exception cref="ArgumentException">When two targets share an indicator, unit and period.</exception>
    public TargetTable(IEnumerable<IndicatorTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        _targets = targets.ToList();
        var repeated = _targets.GroupBy(t => (t.IndicatorCode, t.UnitCode, t.Period)).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new ArgumentException(
                $"Two targets for indicator {repeated.Key.IndicatorCode}, unit {repeated.Key.UnitCode ?? "(all)"}, period {repeated.Key.Period?.ToString() ?? "(all)"}.",
                nameof(targets));
    }

    /// <summary>No user targets: every indicator uses its default.</summary>
    public static TargetTable Empty { get; } = new([]);

    public IReadOnlyList<IndicatorTarget> Targets => _targets;

    /// <summary>
    /// The target for <paramref name="indicator"/> in unit <paramref name="unitCode"/> and period <paramref name="period"/>:
    /// among the user targets for this indicator whose unit is this unit or unset and whose period contains this period
    /// or is unset, a unit's own target beats one for every unit, then the narrowest period wins (2024-11 over 2024Q4
    /// over 2024 over no period). Without any, the indicator's <see cref="Indicator.DefaultTarget"/> (may be null).
    /// </summary>
    public IndicatorTarget? Resolve(Indicator indicator, string unitCode, Period period)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(unitCode);
        return _targets
            .Where(t => string.Equals(t.IndicatorCode, indicator.Code, StringComparison.Ordinal)
                && (t.UnitCode is null || string.Equals(t.UnitCode, unitCode, StringComparison.Ordinal))
                && (t.Period is null || t.Period.Value.Contains(period)))
            .OrderBy(t => t.UnitCode is null ? 1 : 0)
            .ThenBy(t => t.Period?.Days ?? int.MaxValue)
            .FirstOrDefault() ?? indicator.DefaultTarget;
    }
}
