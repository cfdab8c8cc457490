namespace SachSong.Core.Linkage;

/// <summary>The decision for one left row after one-to-one assignment.</summary>
/// <param name="Status">Matched, review or unmatched.</param>
/// <param name="Right">The matched or best right record, or -1.</param>
/// <param name="Probability">Its match probability (0 when none).</param>
/// <param name="MultipleCandidates">A second candidate reached the review threshold.</param>
/// <param name="DuplicateOf">The left row that won <paramref name="Right"/> when this row repeats it, else -1.</param>
public readonly record struct LinkOutcome(MatchStatus Status, int Right, double Probability, bool MultipleCandidates, int DuplicateOf);
