namespace SachSong.Core.Indicators;

/// <summary>The value one unit reported for one data element and period (cumulative figures are as of the period's end).</summary>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed record Figure
{
    /// <exception cref="ArgumentException">When a code is blank or invalid or the value is negative.</exception>
    public Figure(string unitCode, string elementCode, Period period, long value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        UnitCode = unitCode;
        ElementCode = IndicatorCodes.Check(elementCode, nameof(elementCode));
        Period = period;
        Value = value;
    }

    public string UnitCode { get; }
    public string ElementCode { get; }
    public Period Period { get; }
    public long Value { get; }
}
