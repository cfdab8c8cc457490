using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using SachSong.Core.Indicators;

namespace SachSong.Core.Tests.Indicators;

public sealed class RateTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData(18227, 20000, 2, "91,14%")]   // 0.91135 exactly: half rounds up
    [InlineData(182269, 200000, 2, "91,13%")] // 0.911345 just below the half
    [InlineData(9113499999, 10000000000, 2, "91,13%")]
    [InlineData(1, 8, 2, "12,50%")]
    [InlineData(1, 1600, 2, "0,06%")]         // 0.0625% -> 0.06; 0.000625 half-way at 3rd decimal not at 2nd
    [InlineData(1, 2000, 2, "0,05%")]         // 0.05% exactly
    [InlineData(1, 200000, 3, "0,001%")]      // 0.0005% rounds up to 0.001
    [InlineData(1999, 2000, 1, "100,0%")]     // 99.95% shows as 100,0%
    [InlineData(19989, 20000, 1, "99,9%")]    // 99.945%
    [InlineData(5, 5, 1, "100,0%")]
    [InlineData(2, 3, 2, "66,67%")]
    [InlineData(0, 7, 2, "0,00%")]
    [InlineData(15, 10, 2, "150,00%")]
    [InlineData(2, 3, 0, "67%")]
    public void Format_Vietnamese_RoundsHalfUpAtTheShownDecimals(long numerator, long denominator, int decimals, string expected) =>
        Assert.Equal(expected, new Rate(numerator, denominator).Format(decimals, Vi));

    [Fact]
    public void Format_English_UsesADecimalPoint() =>
        Assert.Equal("91.14%", new Rate(18227, 20000).Format(2, En));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Format_ZeroDenominator_ShowsADashNotZero(int decimals) =>
        Assert.Equal("—", new Rate(0, 0).Format(decimals, Vi));

    [Fact]
    public void Percent_ZeroDenominator_IsNull() =>
        Assert.Null(new Rate(3, 0).Percent(2));

    [Fact]
    public void Percent_OnTheHalf_IsTheExactDecimalRoundedUp() =>
        Assert.Equal(91.14m, new Rate(18227, 20000).Percent(2));

    [Fact]
    public void Percent_HugeCounts_StayExact() =>
        Assert.Equal(50.00m, new Rate(long.MaxValue / 2 + 1, long.MaxValue).Percent(2));

    [Fact]
    public void Total_TwoUnits_IsSumOfNumeratorsOverSumOfDenominatorsNotTheAverage()
    {
        var small = new Rate(1, 2);         // 50%
        var large = new Rate(900, 1000);    // 90%

        var total = Rate.Total([small, large]);

        Assert.Equal(("89,92%", 901L, 1002L), (total.Format(2, Vi), total.Numerator, total.Denominator)); // the average would be 70%
    }

    [Fact]
    public void Total_NoRates_IsUndefined() =>
        Assert.False(Rate.Total([]).HasValue);

    [Fact]
    public void CompareValues_ComparesExactValuesAndPutsNoRateLowest()
    {
        Rate[] rates = [new(0, 0), new(1, 3), new(333, 1000), new(2, 6), new(0, 5)];

        var ordered = rates.Order(Comparer<Rate>.Create(Rate.CompareValues)).ToList();

        Assert.Equal([new(0, 0), new(0, 5), new(333, 1000), new(1, 3), new(2, 6)], ordered);
    }

    [Fact]
    public void Constructor_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Rate(-1, 5));

    [Fact]
    public void Percent_AnyRate_IsWithinHalfAUnitOfTheExactValue() =>
        Prop.ForAll<NonNegativeInt, PositiveInt>((n, d) =>
            {
                var rate = new Rate(n.Get, d.Get);
                var shown = rate.Percent(2)!.Value;
                var exact = (decimal)n.Get * 100 / d.Get;
                return shown - exact <= 0.005m && exact - shown < 0.005m;
            })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Total_AnyOrder_GivesTheSameRate() =>
        Prop.ForAll<NonNegativeInt[]>(counts =>
            {
                var rates = counts.Select((c, i) => new Rate(c.Get / 2, c.Get + i)).ToList();
                var reversed = Enumerable.Reverse(rates).ToList();
                return Rate.Total(rates) == Rate.Total(reversed);
            })
            .QuickCheckThrowOnFailure();
}
