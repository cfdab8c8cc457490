namespace SachSong.Core.Indicators;

/// <summary>What a forecast concluded.</summary>
public enum ForecastOutcome
{
    /// <summary>The latest snapshot already meets the target as shown.</summary>
    AlreadyMet,

    /// <summary>At the recent pace the target is reached on <see cref="TargetForecast.ReachDate"/>.</summary>
    WillReach,

    /// <summary>The recent pace is zero or going the wrong way: the target is never reached at this pace.</summary>
    NoProgress,

    /// <summary>Fewer than two snapshots with a rate in the window: no pace can be measured.</summary>
    NotEnoughData,
}
