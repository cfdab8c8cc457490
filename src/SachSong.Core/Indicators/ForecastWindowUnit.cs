namespace SachSong.Core.Indicators;

/// <summary>How a <see cref="ForecastWindow"/> is measured.</summary>
public enum ForecastWindowUnit
{
    /// <summary>Snapshots dated within the last N days before the latest snapshot (inclusive of both ends).</summary>
    Days,

    /// <summary>The last N snapshots that have a rate.</summary>
    Snapshots,
}
