namespace SachSong.Core.Indicators;

/// <summary>One unit's (or a total's) rate for an indicator, with its parts, the target that applied and the outcome.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Rate">Exact numerator and denominator.</param>
/// <param name="Parts">The parts' rates, in the indicator's part order.</param>
/// <param name="Target">The target that applied, or null.</param>
/// <param name="Status">How the shown rate stands against the target.</param>
public sealed record IndicatorResult(Indicator Indicator, Rate Rate, IReadOnlyList<PartResult> Parts, IndicatorTarget? Target, TargetStatus Status)
{
    /// <summary>The percentage as shown (rounded half up at the indicator's decimals), or null without a denominator.</summary>
    public decimal? ShownPercent => Rate.Percent(Indicator.Decimals);

    /// <summary>True unless the status is <see cref="TargetStatus.NotMet"/> or <see cref="TargetStatus.NoData"/>: an indicator without a target does not block completion.</summary>
    public bool CountsAsCompleted => Status is TargetStatus.Met or TargetStatus.NoTarget;

    /// <summary>The rate as shown, e.g. "91,14%" or "—".</summary>
    public string Format(IFormatProvider provider) => Rate.Format(Indicator.Decimals, provider);
}
