using SachSong.Core.Indicators;

namespace SachSong.Core.Tests.Indicators;

public sealed class FigureValueTests
{
    [Theory]
    [InlineData("1234", 1234)]
    [InlineData("0", 0)]
    [InlineData("007", 7)]
    [InlineData("1.234", 1234)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("12.345", 12345)]
    [InlineData("1 234", 1234)]
    [InlineData("1\u00A0234\u00A0567", 1234567)]
    [InlineData("  42 ", 42)]
    public void Parse_AsPeopleTypeIt_GivesTheCount(string text, long expected) =>
        Assert.Equal(expected, FigureValue.Parse(text).Value);

    [Theory]
    [InlineData("12,5", InputProblemCodes.NotWhole)]
    [InlineData("1,234", InputProblemCodes.NotWhole)]
    [InlineData("1.234,5", InputProblemCodes.NotWhole)]
    [InlineData("-3", InputProblemCodes.Negative)]
    [InlineData("\u22123", InputProblemCodes.Negative)]
    [InlineData("abc", InputProblemCodes.NotANumber)]
    [InlineData("12a", InputProblemCodes.NotANumber)]
    [InlineData("+5", InputProblemCodes.NotANumber)]
    [InlineData("1e3", InputProblemCodes.NotANumber)]
    [InlineData("-", InputProblemCodes.NotANumber)]
    [InlineData(".5", InputProblemCodes.NotANumber)]
    [InlineData("12.5", InputProblemCodes.BadGrouping)]
    [InlineData("1.2345", InputProblemCodes.BadGrouping)]
    [InlineData("1234.567", InputProblemCodes.BadGrouping)]
    [InlineData("1.234 567", InputProblemCodes.BadGrouping)]
    [InlineData("12 34", InputProblemCodes.BadGrouping)]
    [InlineData("99999999999999999999", InputProblemCodes.TooLarge)]
    [InlineData("", InputProblemCodes.Empty)]
    [InlineData(null, InputProblemCodes.Empty)]
    public void Parse_NotAWholeCount_IsRejectedWithACode(string? text, string code) =>
        Assert.Equal(code, FigureValue.Parse(text).Problem?.Code);

    [Fact]
    public void Parse_DecimalComma_ExplainsInBothLanguages()
    {
        var message = FigureValue.Parse("12,5").Problem!.Message;

        Assert.Equal(
            ("“12,5” có dấu phẩy (dấu thập phân): số liệu phải là số nguyên, viết 1234 hoặc 1.234.",
             "“12,5” has a comma (a decimal comma in Vietnamese): a figure must be a whole number, written 1234 or 1.234."),
            (message.Vietnamese, message.English));
    }

    [Fact]
    public void Parse_Negative_SaysSo() =>
        Assert.Equal("“-3” là số âm: số liệu phải là số nguyên từ 0 trở lên.", FigureValue.Parse("-3").Error);

    [Theory]
    [InlineData("1234", 1234L, null)]
    [InlineData("1234.0", 1234L, null)]
    [InlineData("12.5", null, InputProblemCodes.NotWhole)]
    [InlineData("-1", null, InputProblemCodes.Negative)]
    public void FromNumber_SpreadsheetCell_MustBeAWholeNonNegativeNumber(string number, long? expected, string? code)
    {
        var result = FigureValue.FromNumber(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((expected, code), (result.Success ? result.Value : (long?)null, result.Problem?.Code));
    }

    [Fact]
    public void ToParseResult_Failure_CarriesTheVietnameseMessage() =>
        Assert.Equal("“abc” không phải là số: số liệu phải là số nguyên, viết 1234 hoặc 1.234.", FigureValue.Parse("abc").ToParseResult().Error);
}
