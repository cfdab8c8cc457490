namespace SachSong.Core.Linkage;

/// <summary>
/// Turns scored candidates into decisions so that no right record is matched to two left rows. Each row looks at its best
/// candidate; when several rows have the same best candidate at or above the review threshold, the one with the highest
/// probability keeps it (ties: the earlier row) and the others are duplicates of it: unmatched when their own probability
/// reaches the match threshold (the same person listed twice), else review. A kept candidate is matched when it reaches
/// the match threshold and no other candidate of the row reaches the review threshold, review when it reaches the review
/// threshold, else the row is unmatched.
/// </summary>
public static class OneToOneAssignment
{
    /// <exception cref="ArgumentOutOfRangeException">When the thresholds are not 0 ≤ review ≤ match ≤ 1.</exception>
    public static LinkOutcome[] Decide(IReadOnlyList<IReadOnlyList<ScoredCandidate>> candidates, double matchThreshold, double reviewThreshold)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (double.IsNaN(reviewThreshold) || reviewThreshold < 0 || reviewThreshold > matchThreshold || matchThreshold > 1)
            throw new ArgumentOutOfRangeException(nameof(reviewThreshold), reviewThreshold, "Need 0 ≤ review ≤ match ≤ 1.");
        var winner = new Dictionary<int, int>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Count == 0) continue;
            var best = candidates[i][0];
            if (best.Probability < reviewThreshold) continue;
            if (!winner.TryGetValue(best.Right, out var w) || candidates[w][0].Probability < best.Probability) winner[best.Right] = i;
        }
        var outcomes = new LinkOutcome[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var list = candidates[i];
            if (list.Count == 0 || list[0].Probability < reviewThreshold)
            {
                outcomes[i] = new LinkOutcome(MatchStatus.Unmatched, -1, list.Count == 0 ? 0 : list[0].Probability, false, -1);
                continue;
            }
            var best = list[0];
            var w = winner[best.Right];
            if (w != i)
            {
                var status = best.Probability >= matchThreshold ? MatchStatus.Unmatched : MatchStatus.Review;
                outcomes[i] = new LinkOutcome(status, best.Right, best.Probability, false, w);
                continue;
            }
            var multiple = list.Count > 1 && list[1].Probability >= reviewThreshold;
            var matched = best.Probability >= matchThreshold && !multiple;
            outcomes[i] = new LinkOutcome(matched ? MatchStatus.Matched : MatchStatus.Review, best.Right, best.Probability, multiple, -1);
        }
        return outcomes;
    }
}
