namespace SachSong.Core.Linkage;

/// <summary>The outcome for one list row.</summary>
/// <param name="RowId">The row's identifier.</param>
/// <param name="Status">Matched, review or unmatched.</param>
/// <param name="PersonalId">The matched person's ID, or the best candidate's (review, or a duplicate row's person); else null.</param>
/// <param name="Score">Match probability of <paramref name="PersonalId"/> (0..1); 1 for a deterministic match; 0 when there is none.</param>
/// <param name="Reasons">Reason codes in enum order; empty for a clean match.</param>
/// <param name="Candidates">Register people beside the row, best first: the matched person, the review candidates, or the person the typed ID belongs to.</param>
public sealed record MatchDecision(
    string RowId, MatchStatus Status, string? PersonalId, double Score, IReadOnlyList<MatchReason> Reasons, IReadOnlyList<MatchCandidate> Candidates);
