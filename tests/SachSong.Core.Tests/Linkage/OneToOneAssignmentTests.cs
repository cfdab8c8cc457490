using SachSong.Core.Linkage;

namespace SachSong.Core.Tests.Linkage;

public sealed class OneToOneAssignmentTests
{
    private static ScoredCandidate C(int right, double p) => new(right, p, 0);

    [Fact]
    public void Decide_TwoRowsWithTheSameBestPerson_MatchesTheStrongerAndMarksTheOtherDuplicate()
    {
        IReadOnlyList<ScoredCandidate>[] candidates = [[C(7, 0.995)], [C(7, 0.9999)]];

        var outcomes = OneToOneAssignment.Decide(candidates, 0.99, 0.5);

        Assert.Equal(
            [new LinkOutcome(MatchStatus.Unmatched, 7, 0.995, false, 1), new LinkOutcome(MatchStatus.Matched, 7, 0.9999, false, -1)],
            outcomes);
    }

    [Fact]
    public void Decide_EqualProbabilities_TheEarlierRowWins()
    {
        IReadOnlyList<ScoredCandidate>[] candidates = [[C(3, 1.0)], [C(3, 1.0)]];

        var outcomes = OneToOneAssignment.Decide(candidates, 0.99, 0.5);

        Assert.Equal((MatchStatus.Matched, MatchStatus.Unmatched, 0), (outcomes[0].Status, outcomes[1].Status, outcomes[1].DuplicateOf));
    }

    [Fact]
    public void Decide_TwoStrongCandidates_SendsToReview()
    {
        IReadOnlyList<ScoredCandidate>[] candidates = [[C(1, 0.995), C(2, 0.9)]];

        var outcome = OneToOneAssignment.Decide(candidates, 0.99, 0.5)[0];

        Assert.Equal((MatchStatus.Review, true), (outcome.Status, outcome.MultipleCandidates));
    }

    [Theory]
    [InlineData(0.995, MatchStatus.Matched)]
    [InlineData(0.7, MatchStatus.Review)]
    [InlineData(0.2, MatchStatus.Unmatched)]
    public void Decide_OneCandidate_FollowsTheThresholds(double p, MatchStatus expected) =>
        Assert.Equal(expected, OneToOneAssignment.Decide([[C(1, p)]], 0.99, 0.5)[0].Status);

    [Fact]
    public void Decide_NoPersonIsMatchedTwice()
    {
        var rng = new Random(5);
        var candidates = Enumerable.Range(0, 2000).Select(_ => (IReadOnlyList<ScoredCandidate>)Enumerable.Range(0, 3)
            .Select(_ => C(rng.Next(300), rng.NextDouble())).OrderByDescending(c => c.Probability).ToList()).ToArray();

        var matched = OneToOneAssignment.Decide(candidates, 0.9, 0.5).Where(o => o.Status == MatchStatus.Matched).Select(o => o.Right).ToList();

        Assert.Equal(matched.Count, matched.Distinct().Count());
    }
}
