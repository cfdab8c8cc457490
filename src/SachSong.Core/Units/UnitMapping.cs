namespace SachSong.Core.Units;

/// <summary>Whether an old unit went wholly or partly into a new one.</summary>
public enum MergeKind
{
    Full = 1,
    Partial = 2,
}

/// <summary>One link of the old→new mapping: the old unit (in its version) became, wholly or partly, the new unit.</summary>
public sealed record UnitMapping(string OldVersion, string OldCode, string NewVersion, string NewCode, MergeKind Kind);
