using SachSong.Core.Reports;

namespace SachSong.Reports.OpenXml.Tests;

public sealed class LetterDateTests
{
    [Theory]
    [InlineData(2024, 12, 5, "Bình Sơn, ngày 05 tháng 12 năm 2024")]
    [InlineData(2020, 1, 15, "Bình Sơn, ngày 15 tháng 01 năm 2020")]
    [InlineData(2025, 2, 28, "Bình Sơn, ngày 28 tháng 02 năm 2025")]
    [InlineData(2025, 3, 9, "Bình Sơn, ngày 09 tháng 3 năm 2025")]
    public void Text_Dated_PadsDaysBelowTenAndMonthsOneAndTwo(int year, int month, int day, string expected)
    {
        var date = LetterDate.On("Bình Sơn", new DateOnly(year, month, day));

        Assert.Equal(expected, date.Text);
    }

    [Fact]
    public void Text_Undated_LeavesGapsForDayAndMonth()
    {
        Assert.Equal("Bình Sơn, ngày    tháng    năm 2024", LetterDate.Undated("Bình Sơn", 2024).Text);
    }
}
