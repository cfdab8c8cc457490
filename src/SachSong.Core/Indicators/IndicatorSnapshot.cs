namespace SachSong.Core.Indicators;

/// <summary>A unit's cumulative numerator and denominator for an indicator as of a date (one point of its progress).</summary>
public sealed record IndicatorSnapshot
{
    /// <exception cref="ArgumentOutOfRangeException">When a count is negative.</exception>
    public IndicatorSnapshot(DateOnly date, long numerator, long denominator)
    {
        Date = date;
        Rate = new Rate(numerator, denominator);
    }

    public DateOnly Date { get; }
    public Rate Rate { get; }
}
