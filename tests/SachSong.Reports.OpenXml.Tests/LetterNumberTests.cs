using SachSong.Core.Reports;

namespace SachSong.Reports.OpenXml.Tests;

public sealed class LetterNumberTests
{
    [Theory]
    [InlineData(5, "Số: 05/TCTĐA06")]
    [InlineData(3483, "Số: 3483/TCTĐA06")]
    [InlineData(null, "Số:    /TCTĐA06")]
    public void Text_PadsNumbersBelowTenAndLeavesAGapWithoutNumber(int? number, string expected)
    {
        Assert.Equal(expected, new LetterNumber(number, "TCTĐA06").Text);
    }

    [Theory]
    [InlineData("BC UBND")]
    [InlineData(" ")]
    public void Constructor_SymbolWithSpaces_Throws(string symbol)
    {
        Assert.Throws<ArgumentException>(() => new LetterNumber(1, symbol));
    }
}
