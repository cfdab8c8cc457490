namespace SachSong.Core.Linkage;

/// <summary>A right record proposed for a left row, with its match probability and total match weight (log2 odds).</summary>
public readonly record struct ScoredCandidate(int Right, double Probability, double Weight);
