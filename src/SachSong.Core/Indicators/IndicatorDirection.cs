namespace SachSong.Core.Indicators;

/// <summary>Which way an indicator improves: every built-in indicator is higher-is-better; a backlog or error rate is lower-is-better.</summary>
public enum IndicatorDirection
{
    /// <summary>The target is met when the shown rate is at or above it.</summary>
    HigherIsBetter,

    /// <summary>The target is met when the shown rate is at or below it.</summary>
    LowerIsBetter,
}
