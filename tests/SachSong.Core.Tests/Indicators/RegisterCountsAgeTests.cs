using SachSong.Core.Indicators;
using SachSong.Core.Text;
using static SachSong.Core.Indicators.BuiltInIndicators;
using static SachSong.Core.Tests.Indicators.RegisterCountsPeople;

namespace SachSong.Core.Tests.Indicators;

public sealed class RegisterCountsAgeTests
{
    [Theory]
    [InlineData(2018, null, null, "2018-07-01")]
    [InlineData(2018, 11, null, "2018-11-15")]
    [InlineData(2018, 2, null, "2018-02-15")]
    [InlineData(2018, 11, 30, "2018-11-30")]
    public void AssumedBirthDate_PartialDate_IsTheMiddleOfWhatItMayStandFor(int year, int? month, int? day, string expected) =>
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            RegisterAge.AssumedBirthDate(new PartialDate(year, month, day)));

    [Fact]
    public void Count_BirthKnownOnlyToTheYear_TurnsSixOnTheFirstOfJuly()
    {
        var child = Born(new PartialDate(2018));

        var (before, on) = (Count(new DateOnly(2024, 6, 30), child), Count(new DateOnly(2024, 7, 1), child));

        Assert.Equal((1L, 0L, 0L, 1L), (before.Value(ChildrenUnder6Total), before.Value(Children6To14Total), on.Value(ChildrenUnder6Total), on.Value(Children6To14Total)));
    }

    [Fact]
    public void Count_BirthKnownOnlyToTheMonth_TurnsSixOnTheFifteenth()
    {
        var child = Born(new PartialDate(2018, 11));

        var (before, on) = (Count(new DateOnly(2024, 11, 14), child), Count(new DateOnly(2024, 11, 15), child));

        Assert.Equal((1L, 0L), (before.Value(ChildrenUnder6Total), on.Value(ChildrenUnder6Total)));
    }

    [Fact]
    public void Count_BirthKnownOnlyToTheYearOfTheDate_IsNotBornBeforeTheFirstOfJuly()
    {
        var baby = Born(new PartialDate(2024));

        Assert.Equal((0L, 1L), (Count(new DateOnly(2024, 6, 30), baby).Value(ChildrenUnder6Total), Count(new DateOnly(2024, 7, 1), baby).Value(ChildrenUnder6Total)));
    }

    [Fact]
    public void Count_BornOnTwentyNinthFebruary_TurnsSixOnTwentyEighthInACommonYear()
    {
        var child = Born(2016, 2, 29);

        Assert.Equal((1L, 0L), (Count(new DateOnly(2022, 2, 27), child).Value(ChildrenUnder6Total), Count(new DateOnly(2022, 2, 28), child).Value(ChildrenUnder6Total)));
    }

    [Theory]
    [InlineData("2024-11-15", 72, "2018-11-15")]
    [InlineData("2024-03-31", 1, "2024-02-29")]
    [InlineData("2023-03-31", 1, "2023-02-28")]
    [InlineData("2022-02-28", 72, "2016-02-29")]
    [InlineData("2024-02-29", 12, "2023-02-28")]
    [InlineData("2024-11-15", 0, "2024-11-15")]
    public void LatestBirthDate_Examples(string asOf, int months, string expected) =>
        Assert.Equal(Date(expected), RegisterAge.LatestBirthDate(Date(asOf), months));

    [Fact]
    public void LatestBirthDate_AnyDate_SeparatesThoseWhoReachedTheAgeFromThoseWhoHaveNot()
    {
        var random = new Random(20_241_115);
        for (var k = 0; k < 20_000; k++)
        {
            var asOf = new DateOnly(2000, 1, 1).AddDays(random.Next(40 * 366));
            var months = random.Next(800);
            var latest = RegisterAge.LatestBirthDate(asOf, months);
            Assert.True(latest.AddMonths(months) <= asOf, $"{latest} + {months} months > {asOf}");
            Assert.True(latest.AddDays(1).AddMonths(months) > asOf, $"{latest.AddDays(1)} + {months} months <= {asOf}");
        }
    }

    [Theory]
    [InlineData("2018-11-15", "2024-11-14", 5)]
    [InlineData("2018-11-15", "2024-11-15", 6)]
    [InlineData("2016-02-29", "2022-02-28", 6)]
    [InlineData("2024-11-16", "2024-11-15", -1)]
    public void YearsOn_Examples(string birth, string asOf, int years) => Assert.Equal(years, RegisterAge.YearsOn(Date(birth), Date(asOf)));

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
