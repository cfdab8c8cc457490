namespace SachSong.Core.Indicators;

/// <summary>One unit's rate for a part of an indicator (shown beside it, not compared with the target).</summary>
public sealed record PartResult(IndicatorPart Part, Rate Rate);
