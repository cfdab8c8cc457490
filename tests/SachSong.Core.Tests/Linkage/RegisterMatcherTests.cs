using SachSong.Core.Linkage;

namespace SachSong.Core.Tests.Linkage;

public sealed class RegisterMatcherTests(RegisterMatcherFixture fixture) : IClassFixture<RegisterMatcherFixture>
{
    [Theory]
    [InlineData("clean", MatchStatus.Matched, new MatchReason[0])]
    [InlineData("id-invalid", MatchStatus.Matched, new[] { MatchReason.IdInvalid })]
    [InlineData("id-not-found", MatchStatus.Matched, new[] { MatchReason.IdNotFound })]
    [InlineData("id-other", MatchStatus.Matched, new[] { MatchReason.IdBelongsToOtherPerson })]
    [InlineData("name-differs", MatchStatus.Matched, new[] { MatchReason.NameDiffers })]
    [InlineData("date-differs", MatchStatus.Matched, new[] { MatchReason.BirthDateDiffers })]
    [InlineData("sex-differs", MatchStatus.Matched, new[] { MatchReason.SexDiffers })]
    [InlineData("deceased", MatchStatus.Matched, new[] { MatchReason.Deceased })]
    [InlineData("duplicate-1", MatchStatus.Matched, new MatchReason[0])]
    [InlineData("duplicate-2", MatchStatus.Unmatched, new[] { MatchReason.DuplicateInList })]
    [InlineData("not-in-unit", MatchStatus.Matched, new[] { MatchReason.NotInUnit })]
    [InlineData("legacy", MatchStatus.Matched, new[] { MatchReason.LegacyIdUsed })]
    [InlineData("namesake", MatchStatus.Review, new[] { MatchReason.MultipleCandidates })]
    [InlineData("nobody", MatchStatus.Unmatched, new MatchReason[0])]
    public void Match_CraftedRow_GivesTheStatusAndReasons(string rowId, MatchStatus status, MatchReason[] reasons)
    {
        var decision = fixture.Decisions[rowId];

        Assert.Equal($"{status}: {MatchReasons.Join(reasons)}", $"{decision.Status}: {MatchReasons.Join(decision.Reasons)}");
    }

    [Theory]
    [InlineData("id-invalid", 2)]
    [InlineData("id-other", 4)]
    [InlineData("name-differs", 6)]
    [InlineData("duplicate-2", 9)]
    public void Match_RowOfAKnownPerson_GivesThatPersonsId(string rowId, int living) =>
        Assert.Equal(fixture.Living[living].PersonalId, fixture.Decisions[rowId].PersonalId);

    [Fact]
    public void Match_IdOfSomeoneElse_AttachesThatPersonAsACandidate() =>
        Assert.Contains(fixture.Decisions["id-other"].Candidates, c => c.Person.PersonalId == fixture.Living[5].PersonalId);

    [Fact]
    public void Match_ReviewRow_CarriesBothNamesakesAsCandidates() =>
        Assert.Equal(["051090000001", "051090000002"], fixture.Decisions["namesake"].Candidates.Select(c => c.Person.PersonalId).Order());

    [Fact]
    public void Match_AnyList_GivesOneDecisionPerRowInRowOrder()
    {
        var decisions = fixture.Matcher.Match(fixture.Rows);

        Assert.Equal(fixture.Rows.Select(r => r.RowId), decisions.Select(d => d.RowId));
    }

    [Fact]
    public void Match_SameRowsTwice_GivesTheSameDecisions()
    {
        var again = new RegisterMatcher(fixture.Index, new RegisterMatchSettings()).Match(fixture.Rows);

        Assert.Equal(fixture.Rows.Select(r => fixture.Decisions[r.RowId]).Select(Key), again.Select(Key));

        static string Key(MatchDecision d) => $"{d.RowId}|{d.Status}|{d.PersonalId}|{d.Score:R}|{MatchReasons.Join(d.Reasons)}";
    }

    [Fact]
    public void Match_NoRegisterPersonIsMatchedTwice()
    {
        var matched = fixture.Decisions.Values.Where(d => d.Status == MatchStatus.Matched).Select(d => d.PersonalId).ToList();

        Assert.Equal(matched.Count, matched.Distinct().Count());
    }

    [Fact]
    public void Match_DeceasedToReview_SendsTheDeceasedRowToReview()
    {
        var settings = new RegisterMatchSettings { DeceasedToReview = true, Model = fixture.Matcher.Model };

        var decision = new RegisterMatcher(fixture.Index, settings).Match(fixture.Rows).Single(d => d.RowId == "deceased");

        Assert.Equal(MatchStatus.Review, decision.Status);
    }

    [Fact]
    public void Index_Find_ReturnsThePersonAsGiven()
    {
        var person = fixture.People["051090000001"];

        Assert.Equal(person, fixture.Index.Find("051090000001"));
    }
}
