namespace SachSong.Core.Indicators;

/// <summary>How one unit's rate stands against its target.</summary>
public enum TargetStatus
{
    /// <summary>The shown (rounded) rate reaches the target.</summary>
    Met,

    /// <summary>The shown rate falls short of the target.</summary>
    NotMet,

    /// <summary>The denominator is zero, so there is no rate ("—"); counted as not met.</summary>
    NoData,

    /// <summary>No target applies to this indicator, unit and period; does not block completion.</summary>
    NoTarget,
}
