using SachSong.Core.Reports;

namespace SachSong.Reports.OpenXml.Tests;

public sealed class ReportCellTests
{
    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    [Theory]
    [InlineData(638, 700, 2, "0.9114")]
    [InlineData(1502, 1834, 1, "0.819")]
    [InlineData(1, 8, 0, "0.13")] // half away from zero, not to even
    [InlineData(7, 7, 2, "1.0000")]
    public void Rate_RoundsToTheFractionTheColumnShows(long numerator, long denominator, int decimals, string expected)
    {
        var rate = ReportCell.Rate(numerator, denominator, decimals);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rate.Fraction);
    }

    [Fact]
    public void Rate_ZeroDenominator_IsNoRatePrintedAsDash()
    {
        var rate = ReportCell.Rate(0, 0, 2);

        Assert.Equal((null, "—"), (rate.Fraction, rate.Format(2, Vietnamese)));
    }

    [Fact]
    public void Format_Vietnamese_UsesCommaDecimalsDotThousandsAndATightPercentSign()
    {
        Assert.Equal(("91,14%", "100,0%", "1.234"),
            (ReportCell.Rate(638, 700, 2).Format(2, Vietnamese), ReportCell.Rate(5, 5, 1).Format(1, Vietnamese), new ReportCell.WholeNumber(1234).Format(0, Vietnamese)));
    }
}
