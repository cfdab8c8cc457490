namespace SachSong.Core.Linkage;

/// <summary>A register person who may be the row's person, with the model's match probability (0..1).</summary>
public sealed record MatchCandidate(RegisterPerson Person, double Probability);
