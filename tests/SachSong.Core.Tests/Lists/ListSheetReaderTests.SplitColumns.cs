using SachSong.Core.Lists;

namespace SachSong.Core.Tests.Lists;

public sealed class ListSheetReaderSplitColumnsTests
{
    private static ListSheetRows Read(string?[][] header, string[] merges, params string?[][] data)
    {
        var grid = Grids.Of("DS", [.. header, .. data], merges);
        return ListSheetReader.Read("ds.xls", grid, ListHeaderDetector.Detect(grid).Value);
    }

    private static ListSheetRows ReadNamNu(params string?[][] data) => Read(
        [["STT", "Họ và tên", "Ngày tháng năm sinh", null, "Số CCCD"], [null, null, "Nam", "Nữ", null]],
        ["A1:A2", "B1:B2", "C1:D1", "E1:E2"],
        data);

    [Fact]
    public void Read_BirthDateUnderNam_GivesDateAndMale()
    {
        var row = ReadNamNu(["1", "Trần Văn Bình", "12/05/1940", null, null]).Rows.Single();

        Assert.Equal(("12/05/1940", "Nam"), (row.Value(ListColumn.BirthDate), row.Value(ListColumn.Sex)));
    }

    [Fact]
    public void Read_BirthDateUnderNu_GivesDateAndFemale()
    {
        var row = ReadNamNu(["1", "Lê Thị Cúc", null, "1948", null]).Rows.Single();

        Assert.Equal(("1948", "Nữ"), (row.Value(ListColumn.BirthDate), row.Value(ListColumn.Sex)));
    }

    [Fact]
    public void Read_BirthDateUnderBothNamAndNu_IsRejected()
    {
        var problem = ReadNamNu(["1", "Lê Thị Cúc", "1948", "1948", null]).Rejected.Single();

        Assert.Equal(
            "ds.xls, trang DS, dòng 3, cột Ngày tháng năm sinh / Nữ: Ghi ở cả cột 'Ngày tháng năm sinh / Nam' và cột 'Ngày tháng năm sinh / Nữ': không biết là nam hay nữ",
            problem.ToString());
    }

    [Fact]
    public void Read_SeparateYearColumn_CompletesDayAndMonth()
    {
        var row = Read([["Họ tên", "Ngày sinh", "Năm sinh"]], [], ["Đỗ Văn Giang", "03/04", "1961"]).Rows.Single();

        Assert.Equal(("03/04/1961", "1961"), (row.Value(ListColumn.BirthDate), row.Value(ListColumn.BirthYear)));
    }

    [Fact]
    public void Read_OnlyYearColumn_GivesYearAsBirthDate()
    {
        var row = Read([["Họ tên", "Năm sinh", "CCCD"]], [], ["Đỗ Văn Giang", "1961", null]).Rows.Single();

        Assert.Equal("1961", row.Value(ListColumn.BirthDate));
    }

    [Fact]
    public void Read_DayMonthYearColumns_AreJoined()
    {
        var row = Read(
            [["TT", "Họ tên", "Ngày tháng năm sinh", null, null], [null, null, "Ngày", "Tháng", "Năm"]],
            ["C1:E1"],
            ["1", "Lê Văn Dũng", "5", "7", "1960"]).Rows.Single();

        Assert.Equal("5/7/1960", row.Value(ListColumn.BirthDate));
    }

    [Fact]
    public void Read_SexMarkedUnderNu_GivesFemale()
    {
        var row = Read(
            [["Họ tên", "Giới tính", null, "Năm sinh"], [null, "Nam", "Nữ", null]],
            ["B1:C1"],
            ["Phan Thị Hạnh", null, "x", "1970"]).Rows.Single();

        Assert.Equal("Nữ", row.Value(ListColumn.Sex));
    }

    [Fact]
    public void Read_NameSplitIntoHoDemAndTen_IsJoined()
    {
        var row = Read([["STT", "Họ đệm", "Tên", "Năm sinh"]], [], ["1", "Nguyễn Thị", "Lan", "1980"]).Rows.Single();

        Assert.Equal("Nguyễn Thị Lan", row.Value(ListColumn.FullName));
    }
}
