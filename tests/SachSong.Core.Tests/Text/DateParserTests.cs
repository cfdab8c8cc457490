using SachSong.Core.Text;

namespace SachSong.Core.Tests.Text;

public sealed class DateParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("05/03/1950", "1950-03-05")]
    [InlineData("5/3/1950", "1950-03-05")]
    [InlineData("5-3-1950", "1950-03-05")]
    [InlineData("05.03.1950", "1950-03-05")]
    [InlineData("1950-03-05", "1950-03-05")]
    [InlineData("03/1950", "1950-03")]
    [InlineData("3/1950", "1950-03")]
    [InlineData("1950", "1950")]
    [InlineData("18327", "1950-03-05")]
    [InlineData("29285", "1980-03-05")]
    [InlineData("29/02/2024", "2024-02-29")]
    public void Parse_CommonForms_GiveThePartialDate(string text, string iso) =>
        Assert.Equal(iso, DateParser.Parse(text, Today).Value.ToIsoString());

    [Theory]
    [InlineData("31/02/1990", "không có ngày 31")]
    [InlineData("29/02/2023", "không có ngày 29")]
    [InlineData("13/13/1990", "Tháng 13")]
    [InlineData("01/01/2030", "tương lai")]
    [InlineData("2027", "tương lai")]
    [InlineData("abc", "Không đọc được")]
    [InlineData("", "trống")]
    public void Parse_BadDates_FailWithAReason(string text, string reason)
    {
        var result = DateParser.Parse(text, Today);

        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PartialDate_YearOnly_SpansTheWholeYear()
    {
        var date = new PartialDate(1950);

        Assert.Equal((new DateOnly(1950, 1, 1), new DateOnly(1950, 12, 31), DatePrecision.Year), (date.Earliest, date.Latest, date.Precision));
    }

    [Fact]
    public void PartialDate_DayWithoutMonth_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(1950, null, 3));

    [Theory]
    [InlineData(2020, 6, 15, "2026-06-14", 5)]
    [InlineData(2020, 6, 15, "2026-06-15", 6)]
    [InlineData(2020, null, null, "2026-12-30", 5)]
    [InlineData(2020, null, null, "2026-12-31", 6)]
    public void AgeOn_CountsUnknownPartsAsTheirLatest(int year, int? month, int? day, string asOf, int age) =>
        Assert.Equal(age, new PartialDate(year, month, day).AgeOn(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("05/03/1950")]
    [InlineData("03/1950")]
    [InlineData("1950")]
    public void ToString_ParsesBackToTheSameDate(string text)
    {
        var date = DateParser.Parse(text, Today).Value;

        Assert.Equal(date, DateParser.Parse(date.ToString(), Today).Value);
    }
}
