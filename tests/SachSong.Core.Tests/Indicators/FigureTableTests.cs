using SachSong.Core.Indicators;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.Core.Tests.Indicators;

public sealed class FigureTableTests
{
    private static readonly Period Nov = Period.OfMonth(2024, 11);

    private static readonly FigureTable Figures = new(
    [
        new Figure("A", ChildrenUnder6Total, Nov, 100), new Figure("A", ChildrenUnder6CardsIssued, Nov, 90),
        new Figure("B", ChildrenUnder6Total, Nov, 50), new Figure("B", ChildrenUnder6CardsIssued, Nov, 10),
        new Figure("C", ChildrenUnder6Total, Nov, 7),
        new Figure("D", ChildrenUnder6Total, Nov, 1000),
        new Figure("A", ChildrenUnder6Total, Period.OfMonth(2024, 10), 999),
    ]);

    [Fact]
    public void RollUp_Parent_IsTheSumOfTheGivenChildrenForThatPeriod()
    {
        var parent = Figures.RollUp("P", ["A", "B", "C"], Nov);

        Assert.Equal([("P", ChildrenUnder6CardsIssued, 100L), ("P", ChildrenUnder6Total, 157L)],
            parent.Select(f => (f.UnitCode, f.ElementCode, f.Value)));
    }

    [Fact]
    public void With_RolledUpParent_CanBeRolledUpAgain()
    {
        var withDistrict = Figures.With(Figures.RollUp("P", ["A", "B"], Nov));

        var province = withDistrict.RollUp("Q", ["P", "C"], Nov);

        Assert.Equal(157, province.Single(f => f.ElementCode == ChildrenUnder6Total).Value);
    }

    [Fact]
    public void Find_NotReported_IsNullNotZero() =>
        Assert.Equal(((long?)null, (long?)7), (Figures.Find("C", ChildrenUnder6CardsIssued, Nov), Figures.Find("C", ChildrenUnder6Total, Nov)));

    [Fact]
    public void ValuesOf_UnitAndPeriod_GivesOnlyThatPeriod() =>
        Assert.Equal(new Dictionary<string, long> { [ChildrenUnder6Total] = 100, [ChildrenUnder6CardsIssued] = 90 }, Figures.ValuesOf("A", Nov));

    [Fact]
    public void Constructor_SameKeyTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => new FigureTable([new Figure("A", EidActivated, Nov, 1), new Figure("A", EidActivated, Nov, 2)]));

    [Fact]
    public void Figure_NegativeValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Figure("A", EidActivated, Nov, -1));
}
