using SachSong.Core.Linkage;

namespace SachSong.Core.Tests.Linkage;

public sealed class MatchReasonsTests
{
    [Fact]
    public void Code_EveryReason_RoundTripsThroughFromCode() =>
        Assert.All(MatchReasons.All, r => Assert.Equal(r, MatchReasons.FromCode(MatchReasons.Code(r))));

    [Fact]
    public void Texts_EveryReason_HasDistinctVietnameseAndEnglish()
    {
        Assert.Equal(MatchReasons.All.Count, MatchReasons.All.Select(MatchReasons.Vietnamese).Distinct().Count());
        Assert.Equal(MatchReasons.All.Count, MatchReasons.All.Select(MatchReasons.English).Distinct().Count());
    }

    [Theory]
    [InlineData(MatchReason.IdBelongsToOtherPerson, "ID_BELONGS_TO_OTHER_PERSON")]
    [InlineData(MatchReason.NotInUnit, "NOT_IN_UNIT")]
    [InlineData(MatchReason.LegacyIdUsed, "LEGACY_ID_USED")]
    public void Code_IsTheIssuesCode(MatchReason reason, string code) => Assert.Equal(code, MatchReasons.Code(reason));

    [Fact]
    public void FromCode_Unknown_IsNull() => Assert.Null(MatchReasons.FromCode("NOPE"));
}
