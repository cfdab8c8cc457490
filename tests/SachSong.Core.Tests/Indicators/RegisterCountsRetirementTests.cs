using System.Globalization;
using SachSong.Core.Indicators;
using SachSong.Core.Register;
using static SachSong.Core.Indicators.BuiltInIndicators;
using static SachSong.Core.Tests.Indicators.RegisterCountsPeople;

namespace SachSong.Core.Tests.Indicators;

public sealed class RegisterCountsRetirementTests
{
    [Theory]
    [InlineData(2019, 60, 0, 55, 0)]
    [InlineData(2020, 60, 0, 55, 0)]
    [InlineData(2021, 60, 3, 55, 4)]
    [InlineData(2022, 60, 6, 55, 8)]
    [InlineData(2024, 61, 0, 56, 4)]
    [InlineData(2025, 61, 3, 56, 8)]
    [InlineData(2027, 61, 9, 57, 4)]
    [InlineData(2028, 62, 0, 57, 8)]
    [InlineData(2030, 62, 0, 58, 4)]
    [InlineData(2034, 62, 0, 59, 8)]
    [InlineData(2035, 62, 0, 60, 0)]
    [InlineData(2050, 62, 0, 60, 0)]
    public void MonthsIn_Year_FollowsDecree135(int year, int menYears, int menMonths, int womenYears, int womenMonths) =>
        Assert.Equal(((menYears * 12) + menMonths, (womenYears * 12) + womenMonths), (RetirementAge.MonthsIn(year, Sex.Male), RetirementAge.MonthsIn(year, Sex.Female)));

    [Theory]
    // Before the decree: 60 and 55 on the birthday.
    [InlineData("1960-06-10", Sex.Male, "2020-06-09", false)]
    [InlineData("1960-06-10", Sex.Male, "2020-06-10", true)]
    [InlineData("1965-03-01", Sex.Female, "2020-03-01", true)]
    // 2021: 60 years 3 months, 55 years 4 months.
    [InlineData("1961-01-20", Sex.Male, "2021-04-19", false)]
    [InlineData("1961-01-20", Sex.Male, "2021-04-20", true)]
    [InlineData("1966-01-20", Sex.Female, "2021-05-19", false)]
    [InlineData("1966-01-20", Sex.Female, "2021-05-20", true)]
    // Born 9/1961: reached 60 years 3 months in December 2021, so stays retired in 2022 although below 60 years 6 months.
    [InlineData("1961-09-20", Sex.Male, "2021-12-19", false)]
    [InlineData("1961-09-20", Sex.Male, "2021-12-20", true)]
    [InlineData("1961-09-20", Sex.Male, "2022-01-10", true)]
    // Born 10/1961: still 60 years 2 months at the end of 2021, so retires at 2022's 60 years 6 months (April 2022).
    [InlineData("1961-10-15", Sex.Male, "2022-01-10", false)]
    [InlineData("1961-10-15", Sex.Male, "2022-04-14", false)]
    [InlineData("1961-10-15", Sex.Male, "2022-04-15", true)]
    // 2024, as of 31/12: men 61, women 56 years 4 months.
    [InlineData("1963-12-31", Sex.Male, "2024-12-31", true)]
    [InlineData("1964-01-01", Sex.Male, "2024-12-31", false)]
    [InlineData("1968-08-31", Sex.Female, "2024-12-31", true)]
    [InlineData("1968-09-01", Sex.Female, "2024-12-31", false)]
    // From 2028 men at 62; from 2035 women at 60.
    [InlineData("1970-05-05", Sex.Male, "2032-05-04", false)]
    [InlineData("1970-05-05", Sex.Male, "2032-05-05", true)]
    [InlineData("1980-05-05", Sex.Female, "2040-05-05", true)]
    public void HasReached_Examples(string birth, Sex sex, string asOf, bool reached) =>
        Assert.Equal(reached, RetirementAge.HasReached(Date(birth), sex, Date(asOf)));

    [Fact]
    public void HasReached_AnyBirthAndDate_AgreesWithRetiringInTheFirstYearTheAgeOfThatYearIsReached()
    {
        var random = new Random(135_2020);
        for (var k = 0; k < 20_000; k++)
        {
            var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(25 * 366));
            var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
            var asOf = new DateOnly(2015, 1, 1).AddDays(random.Next(30 * 366));
            Assert.True(RetirementDate(birth, sex) <= asOf == RetirementAge.HasReached(birth, sex, asOf), $"{birth} {sex} {asOf}");
        }
    }

    [Fact]
    public void Count_WorkingAge_In2022LeavesOutTheManWhoRetiredInDecember2021()
    {
        var counts = Count(new DateOnly(2022, 1, 10), Born(1961, 9, 20, Sex.Male), Born(1961, 10, 15, Sex.Male));

        Assert.Equal(1, counts.Value(WorkersWorkingAge));
    }

    // Year by year: in year y the person reaches that year's age on birth + MonthsIn(y) months; the first year in which
    // that day is not later than the year's end gives the retirement date (1 January when the day fell in an earlier year).
    private static DateOnly RetirementDate(DateOnly birth, Sex sex)
    {
        for (var year = birth.Year; ; year++)
        {
            var reaches = birth.AddMonths(RetirementAge.MonthsIn(year, sex));
            if (reaches.Year < year) return new DateOnly(year, 1, 1);
            if (reaches.Year == year) return reaches;
        }
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
