using SachSong.Core.Lists;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Lists;

public sealed class ListSheetReaderTests
{
    private static readonly string?[] Header = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh", "Thôn", "Ghi chú"];

    private static ListSheetRows Read(params string?[][] data)
    {
        var grid = Grids.Of("Xã Bình Long", [["DANH SÁCH HỘ NGHÈO"], Header, .. data]);
        var mapping = ListHeaderDetector.Detect(grid).Value;
        return ListSheetReader.Read("ds.xlsx", grid, mapping);
    }

    [Fact]
    public void Read_PersonRow_KeepsCleanedValuesByField()
    {
        var rows = Read(["1", " Nguyễn  Văn An ", "01/02/1950", "Nam", "001050012345", "Thôn 1", null]).Rows;

        Assert.Equal(
            new Dictionary<ListColumn, string>
            {
                [ListColumn.RowNumber] = "1",
                [ListColumn.FullName] = "Nguyễn Văn An",
                [ListColumn.BirthDate] = "01/02/1950",
                [ListColumn.Sex] = "Nam",
                [ListColumn.PersonalId] = "001050012345",
                [ListColumn.Village] = "Thôn 1",
            },
            rows.Single().Values);
    }

    [Fact]
    public void Read_PersonRow_KeepsOriginalCellsAndRowNumber()
    {
        var row = Read(["1", " Nguyễn  Văn An ", "1950", null, null, null, null]).Rows.Single();

        Assert.Equal(("Xã Bình Long", 3, " Nguyễn  Văn An "), (row.Sheet, row.RowNumber, row.Cells[1]));
    }

    [Fact]
    public void Read_NoNameAndNoId_IsRejectedWithFileSheetRowAndColumn()
    {
        var problem = Read(["1", null, "1950", "Nam", null, "Thôn 1", "chuyển đi"]).Rejected.Single();

        Assert.Equal("ds.xlsx, trang Xã Bình Long, dòng 3, cột Họ và tên: Dòng không có họ tên và không có số định danh", problem.ToString());
    }

    [Fact]
    public void Read_IdWithoutName_IsImported() =>
        Assert.Single(Read(["1", null, null, null, "001050012345", null, null]).Rows);

    [Theory]
    [InlineData("Tổng cộng")]
    [InlineData("Cộng")]
    [InlineData("Cộng thôn 1:")]
    [InlineData("TỔNG SỐ: 25 người")]
    [InlineData("Tong cong")]
    public void Read_TotalRow_IsSkippedAsTotal(string label)
    {
        var skipped = Read(["1", "Nguyễn Văn An", "1950", null, null, null, null], [null, label, "25", null, null, null, null]).Skipped.Single();

        Assert.Equal((SkipReason.Total, 4), (skipped.Reason, skipped.Row));
    }

    [Fact]
    public void Read_NameBeginningWithCong_IsAPerson() =>
        Assert.Single(Read(["1", "Công Tằng Tôn Nữ Thị Hoa", "1950", null, null, null, null]).Rows);

    [Fact]
    public void Read_VillageSubHeading_SetsVillageOfRowsBelow()
    {
        var rows = Read(
            ["I", "Thôn An Điềm", null, null, null, null, null],
            ["1", "Nguyễn Văn An", "1950", null, null, null, null],
            ["II", "Thôn Phú Lộc", null, null, null, null, null],
            ["2", "Trần Thị Bé", "1952", null, null, null, null],
            ["3", "Lê Văn Cư", "1953", null, null, "Thôn 9", null]).Rows;

        Assert.Equal(["Thôn An Điềm", "Thôn Phú Lộc", "Thôn 9"], rows.Select(r => r.Value(ListColumn.Village)));
    }

    [Fact]
    public void Read_MergedSubHeadingInFirstColumn_IsSkippedAsSubHeading()
    {
        var result = Read(["A. Đối tượng hưởng trợ cấp hằng tháng", null, null, null, null, null, null], ["1", "Nguyễn Văn An", "1950", null, null, null, null]);

        Assert.Equal((SkipReason.SubHeading, 1), (result.Skipped.Single().Reason, result.Rows.Count));
    }

    [Fact]
    public void Read_CommuneSubHeading_SetsCommune()
    {
        var rows = Read(["Xã Bình Long", null, null, null, null, null, null], ["1", "Nguyễn Văn An", "1950", null, null, null, null]).Rows;

        Assert.Equal("Xã Bình Long", rows.Single().Value(ListColumn.Commune));
    }

    [Fact]
    public void Read_NameOnlyRow_IsAPerson() =>
        Assert.Equal("Nguyễn Văn An", Read(["5", "Nguyễn Văn An", null, null, null, null, null]).Rows.Single().Value(ListColumn.FullName));

    [Fact]
    public void Read_SignatureBlock_IsSkippedWithEverythingBelow()
    {
        var result = Read(
            ["1", "Nguyễn Văn An", "1950", null, null, null, null],
            [null, null, null, null, "Bình Long, ngày 12 tháng 3 năm 2025", null, null],
            [null, "Người lập biểu", null, null, "TM. UBND XÃ", null, null],
            [null, "Phạm Văn Ký", null, null, "Hồ Thị Duyệt", null, null]);

        Assert.Equal((1, 3), (result.Rows.Count, result.Skipped.Count(s => s.Reason == SkipReason.Footer)));
    }

    [Fact]
    public void Read_RepeatedHeaderAndNumbering_AreSkipped()
    {
        var result = Read(
            ["1", "Nguyễn Văn An", "1950", null, null, null, null],
            Header,
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
            ["2", "Trần Thị Bé", "1952", null, null, null, null]);

        Assert.Equal((2, 2), (result.Rows.Count, result.Skipped.Count(s => s.Reason == SkipReason.RepeatedHeader)));
    }

    [Fact]
    public void Read_BlankRowsInsideData_AreCountedNotTrailingOnes()
    {
        var result = Read(
            ["1", "Nguyễn Văn An", "1950", null, null, null, null],
            [null, null, null, null, null, null, null],
            [null, " ", null, null, null, null, null],
            ["2", "Trần Thị Bé", "1952", null, null, null, null],
            [null, null, null, null, null, null, null]);

        Assert.Equal((2, 2), (result.Rows.Count, result.BlankRows));
    }

    [Fact]
    public void Read_TitleLines_AreKeptWithCommuneHintFromSheetName()
    {
        var result = Read(["1", "Nguyễn Văn An", "1950", null, null, null, null]);

        Assert.Equivalent(new { TitleLines = new[] { "DANH SÁCH HỘ NGHÈO" }, CommuneHint = "Xã Bình Long" }, new { result.TitleLines, result.CommuneHint });
    }

    [Fact]
    public void Read_StrayTcvn3Cell_IsConverted()
    {
        var name = LegacyText.FromUnicode("Nguyễn Văn Hùng", LegacyEncoding.Tcvn3);

        var row = Read(["1", name, "1950", null, null, null, null]).Rows.Single();

        Assert.Equal("Nguyễn Văn Hùng", row.Value(ListColumn.FullName));
    }

    [Fact]
    public void Read_CellThatStillLooksLegacy_IsRejectedNamingTheColumn()
    {
        var problem = Read(["1", "Nguy\u00D4n V\u00A8n H\u00B0ng", "1950", null, null, null, null]).Rejected.Single();

        Assert.Equal(
            "ds.xlsx, trang Xã Bình Long, dòng 3, cột Họ và tên: Văn bản có vẻ dùng bảng mã cũ (TCVN3) nhưng không chuyển được: 'H\u0300ng'",
            problem.ToString());
    }
}
