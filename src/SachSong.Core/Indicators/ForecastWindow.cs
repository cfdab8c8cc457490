namespace SachSong.Core.Indicators;

/// <summary>Which recent snapshots the pace is measured over.</summary>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed record ForecastWindow
{
    private ForecastWindow(ForecastWindowUnit unit, int size)
    {
        Unit = unit;
        Size = size;
    }

    public ForecastWindowUnit Unit { get; }
    public int Size { get; }

    /// <summary>Snapshots dated from <c>latest − days</c> to the latest snapshot's date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="days"/> is below 1.</exception>
    public static ForecastWindow LastDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return new(ForecastWindowUnit.Days, days);
    }

    /// <summary>The last <paramref name="count"/> snapshots that have a rate.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="count"/> is below 2.</exception>
    public static ForecastWindow LastSnapshots(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        return new(ForecastWindowUnit.Snapshots, count);
    }

    /// <summary>The default: the last 28 days (four weekly reports, or about a month of daily ones).</summary>
    public static ForecastWindow Default { get; } = LastDays(28);
}
