using SachSong.Core.Indicators;

namespace SachSong.Core.Tests.Indicators;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2024", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024Q4", "2024Q4", "2024-10-01", "2024-12-31")]
    [InlineData("2024q1", "2024Q1", "2024-01-01", "2024-03-31")]
    [InlineData("2024-Q2", "2024Q2", "2024-04-01", "2024-06-30")]
    [InlineData("2024-11", "2024-11", "2024-11-01", "2024-11-30")]
    [InlineData("2024-2", "2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("11/2024", "2024-11", "2024-11-01", "2024-11-30")]
    [InlineData(" 2024W47 ", "2024W47", "2024-11-18", "2024-11-24")]
    [InlineData("2024-W01", "2024W01", "2024-01-01", "2024-01-07")]
    [InlineData("2025W01", "2025W01", "2024-12-30", "2025-01-05")]
    [InlineData("2020W53", "2020W53", "2020-12-28", "2021-01-03")]
    [InlineData("2026W53", "2026W53", "2026-12-28", "2027-01-03")]
    public void Parse_AcceptedForms_GiveTheCanonicalPeriodAndItsDates(string text, string canonical, string start, string end)
    {
        var period = Period.Parse(text).Value;

        Assert.Equal((canonical, start, end),
            (period.ToString(), period.Start.ToString("yyyy-MM-dd", null), period.End.ToString("yyyy-MM-dd", null)));
    }

    [Theory]
    [InlineData("2021W53", InputProblemCodes.PeriodWeek, "chỉ có 52 tuần")]
    [InlineData("2024W00", InputProblemCodes.PeriodWeek, "không có tuần 0")]
    [InlineData("2024Q5", InputProblemCodes.PeriodQuarter, "quý từ 1 đến 4")]
    [InlineData("2024Q0", InputProblemCodes.PeriodQuarter, "quý từ 1 đến 4")]
    [InlineData("2024-13", InputProblemCodes.PeriodMonth, "tháng từ 1 đến 12")]
    [InlineData("00/2024", InputProblemCodes.PeriodMonth, "tháng từ 1 đến 12")]
    [InlineData("0999", InputProblemCodes.PeriodYear, "1000–9999")]
    [InlineData("abc", InputProblemCodes.PeriodFormat, "Không đọc được kỳ báo cáo")]
    [InlineData("202411", InputProblemCodes.PeriodFormat, "2024W47")]
    [InlineData("2024-", InputProblemCodes.PeriodFormat, "2024Q4")]
    [InlineData("2024/11", InputProblemCodes.PeriodFormat, "11/2024")]
    [InlineData("  ", InputProblemCodes.Empty, "trống")]
    [InlineData(null, InputProblemCodes.Empty, "trống")]
    public void Parse_BadText_FailsWithACodeAndAVietnameseMessage(string? text, string code, string fragment)
    {
        var result = Period.Parse(text);

        Assert.Equal((false, code, true), (result.Success, result.Problem!.Code, result.Error!.Contains(fragment, StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_IsoWeek53InAYearWith52_HasAnEnglishMessageToo() =>
        Assert.Equal("ISO week-year 2021 has only 52 weeks: there is no week 53 in “2021W53”.", Period.Parse("2021W53").Problem!.Message.English);

    [Fact]
    public void TryParse_ValidAndInvalid_ReportsSuccess()
    {
        var ok = Period.TryParse("2024Q4", out var period);
        var bad = Period.TryParse("2024Q9", out _);

        Assert.Equal((true, Period.OfQuarter(2024, 4), false), (ok, period, bad));
    }

    [Fact]
    public void OfIsoWeek_WeekThatDoesNotExist_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.OfIsoWeek(2021, 53));

    [Fact]
    public void Contains_IsoWeekAcrossNewYear_ContainsTheFirstDaysOfTheNextYear()
    {
        var week = Period.OfIsoWeek(2020, 53);

        Assert.Equal((true, true, false, false),
            (week.Contains(new DateOnly(2020, 12, 28)), week.Contains(new DateOnly(2021, 1, 3)),
             week.Contains(new DateOnly(2021, 1, 4)), week.Contains(new DateOnly(2020, 12, 27))));
    }

    [Fact]
    public void Contains_Periods_IsWhollyInside()
    {
        var year = Period.OfYear(2024);

        Assert.Equal((true, true, true, false, true),
            (year.Contains(Period.OfQuarter(2024, 4)), year.Contains(Period.OfMonth(2024, 11)), year.Contains(year),
             year.Contains(Period.OfIsoWeek(2025, 1)), year.Contains(Period.OfIsoWeek(2024, 1))));
    }

    [Theory]
    [InlineData("2021-01-02", PeriodKind.IsoWeek, "2020W53")]
    [InlineData("2024-12-30", PeriodKind.IsoWeek, "2025W01")]
    [InlineData("2024-11-20", PeriodKind.Quarter, "2024Q4")]
    [InlineData("2024-11-20", PeriodKind.Month, "2024-11")]
    [InlineData("2024-11-20", PeriodKind.Year, "2024")]
    public void Containing_Date_GivesThePeriodOfThatKind(string date, PeriodKind kind, string expected) =>
        Assert.Equal(expected, Period.Containing(DateOnly.ParseExact(date, "yyyy-MM-dd", null), kind).ToString());

    [Fact]
    public void CompareTo_MixedKinds_OrdersByStartThenShorterFirst()
    {
        string[] texts = ["2025W01", "2024", "2024-02", "2024Q1", "2024-01", "2023W52", "2024W01", "2024Q4", "2024-12"];

        var ordered = texts.Select(t => Period.Parse(t).Value).Order().Select(p => p.ToString());

        Assert.Equal(["2023W52", "2024W01", "2024-01", "2024Q1", "2024", "2024-02", "2024Q4", "2024-12", "2025W01"], ordered);
    }

    [Fact]
    public void Operators_CompareLikeCompareTo() =>
        Assert.True(Period.OfMonth(2024, 10) < Period.OfMonth(2024, 11) && Period.OfYear(2025) >= Period.OfYear(2024));

    [Fact]
    public void Caption_Quarter_UsesRomanNumeralsInVietnamese()
    {
        var caption = Period.OfQuarter(2024, 4).Caption;

        Assert.Equal(("Quý IV/2024", "Q4 2024"), (caption.Vietnamese, caption.English));
    }

    [Fact]
    public void ToString_ThenParse_RoundTrips()
    {
        Period[] periods = [Period.OfYear(2024), Period.OfQuarter(2024, 3), Period.OfMonth(2024, 1), Period.OfIsoWeek(2020, 53)];

        Assert.Equal(periods, periods.Select(p => Period.Parse(p.ToString()).Value));
    }
}
