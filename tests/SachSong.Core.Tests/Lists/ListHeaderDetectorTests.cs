using SachSong.Core.Lists;

namespace SachSong.Core.Tests.Lists;

public sealed class ListHeaderDetectorTests
{
    private static readonly string?[][] TitledList =
    [
        ["UBND XÃ BÌNH LONG", null, null, null, null],
        ["DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI", null, null, null, null],
        ["Tháng 3 năm 2025", null, null, null, null],
        [null, null, null, null, null],
        ["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Nơi thường trú"],
        ["1", "Nguyễn Văn An", "01/02/1950", "001050012345", "Thôn 1"],
    ];

    // The classic form: "Ngày tháng năm sinh" merged over Nam | Nữ, other headers merged down over two rows.
    private static readonly string?[][] NamNu =
    [
        ["DANH SÁCH NGƯỜI CAO TUỔI", null, null, null, null],
        ["STT", "Họ và tên", "Ngày tháng năm sinh", null, "Địa chỉ"],
        [null, null, "Nam", "Nữ", null],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["1", "Trần Văn Bình", "1940", null, "Thôn 2"],
    ];

    [Fact]
    public void Detect_TitleRowsAboveHeader_FindsHeaderRow()
    {
        var mapping = ListHeaderDetector.Detect(Grids.Of(TitledList)).Value;

        Assert.Equivalent(new { HeaderRows = new[] { 5 }, DataStartRow = 6 }, new { mapping.HeaderRows, mapping.DataStartRow });
    }

    [Fact]
    public void Detect_TitleRowsAboveHeader_MapsEachColumn()
    {
        var mapping = ListHeaderDetector.Detect(Grids.Of(TitledList)).Value;

        Assert.Equal(
            [ListColumn.RowNumber, ListColumn.FullName, ListColumn.BirthDate, ListColumn.PersonalId, ListColumn.Residence],
            mapping.Columns.Select(c => c.Column));
    }

    [Fact]
    public void Detect_MergedTwoLineHeader_SplitsBirthDateIntoNamAndNu()
    {
        var mapping = ListHeaderDetector.Detect(Grids.Of(NamNu, "A2:A3", "B2:B3", "C2:D2", "E2:E3")).Value;

        Assert.Equal(
            [
                new MappedColumn(0, "STT", ListColumn.RowNumber),
                new MappedColumn(1, "Họ và tên", ListColumn.FullName),
                new MappedColumn(2, "Ngày tháng năm sinh / Nam", ListColumn.BirthDate, ColumnPart.Male),
                new MappedColumn(3, "Ngày tháng năm sinh / Nữ", ListColumn.BirthDate, ColumnPart.Female),
                new MappedColumn(4, "Địa chỉ", ListColumn.Residence),
            ],
            mapping.Columns);
    }

    [Fact]
    public void Detect_MergedTwoLineHeaderWithNumberingRow_StartsDataAfterNumbering()
    {
        var mapping = ListHeaderDetector.Detect(Grids.Of(NamNu, "A2:A3", "B2:B3", "C2:D2", "E2:E3")).Value;

        Assert.Equivalent(new { HeaderRows = new[] { 2, 3 }, DataStartRow = 5 }, new { mapping.HeaderRows, mapping.DataStartRow });
    }

    [Fact]
    public void Detect_TwoLineHeaderWithoutMerges_UsesTheHeaderToTheLeft()
    {
        var mapping = ListHeaderDetector.Detect(Grids.Of(NamNu)).Value;

        Assert.Equal(
            [(ListColumn.BirthDate, ColumnPart.Male), (ListColumn.BirthDate, ColumnPart.Female)],
            mapping.Columns.Where(c => c.Column == ListColumn.BirthDate).Select(c => (c.Column, c.Part)));
    }

    [Fact]
    public void Detect_GroupHeaderAboveFields_ReadsBothRows()
    {
        string?[][] rows =
        [
            ["STT", "Thông tin đối tượng", null, null, "Nơi thường trú", null, "Ghi chú"],
            [null, "Họ tên", "Năm sinh", "Giới tính", "Thôn", "Xã", null],
            ["1", "Lê Thị Cúc", "1948", "Nữ", "Thôn 3", "Xã Bình Long", null],
        ];

        var mapping = ListHeaderDetector.Detect(Grids.Of(rows, "A1:A2", "B1:D1", "E1:F1", "G1:G2")).Value;

        Assert.Equal(
            [ListColumn.RowNumber, ListColumn.FullName, ListColumn.BirthYear, ListColumn.Sex, ListColumn.Village, ListColumn.Commune, ListColumn.Note],
            mapping.Columns.Select(c => c.Column));
    }

    [Fact]
    public void Detect_DayMonthYearSubColumns_MapsDateParts()
    {
        string?[][] rows =
        [
            ["TT", "Họ tên", "Ngày tháng năm sinh", null, null, "CCCD"],
            [null, null, "Ngày", "Tháng", "Năm", null],
            ["1", "Lê Văn Dũng", "5", "7", "1960", "001060012345"],
        ];

        var mapping = ListHeaderDetector.Detect(Grids.Of(rows, "C1:E1")).Value;

        Assert.Equal(
            [ColumnPart.Day, ColumnPart.Month, ColumnPart.Year],
            mapping.ColumnsOf(ListColumn.BirthDate).Select(c => c.Part));
    }

    [Fact]
    public void Detect_NoRecognisableHeader_FailsInVietnamese()
    {
        string?[][] rows = [["Báo cáo tháng 3"], ["Số liệu", "Giá trị"], ["a", "1"]];

        var result = ListHeaderDetector.Detect(Grids.Of(rows));

        Assert.StartsWith("Không tìm thấy dòng tiêu đề", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_EmptySheet_Fails() =>
        Assert.Equal("Trang trống", ListHeaderDetector.Detect(Grids.Of([[null, " "]])).Error);

    [Fact]
    public void Detect_OnlyAName_IsNotEnoughForAHeader() =>
        Assert.False(ListHeaderDetector.Detect(Grids.Of([["Họ và tên"], ["Nguyễn Văn An"]])).Success);

    [Fact]
    public void Signature_SameTemplateWithOtherTitleCaseAndDiacritics_IsEqual()
    {
        string?[][] other =
        [
            ["DANH SÁCH XÃ KHÁC", null, null, null, null],
            ["STT", "HỌ VÀ TÊN", "Ngay sinh", "Số  CCCD", "Nơi thường trú (*)"],
            ["1", "Phạm Thị Em", "1955", "001155012345", "Thôn 5"],
        ];

        var a = ListHeaderDetector.Detect(Grids.Of(TitledList)).Value.Signature;
        var b = ListHeaderDetector.Detect(Grids.Of(other)).Value.Signature;

        Assert.Equal(a, b);
    }

    [Fact]
    public void Signature_ColumnsInAnotherOrder_Differs()
    {
        string?[][] swapped = [["STT", "Ngày sinh", "Họ và tên", "Số CCCD", "Nơi thường trú"]];

        var a = ListHeaderDetector.Detect(Grids.Of(TitledList)).Value.Signature;
        var b = ListHeaderDetector.Detect(Grids.Of(swapped)).Value.Signature;

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Resolve_SavedMappingOfSameTemplate_IsUsedWhereThisSheetsHeaderIs()
    {
        var detected = ListHeaderDetector.Detect(Grids.Of(TitledList)).Value;
        var corrected = detected with
        {
            Columns = detected.Columns.Select(c => c.Index == 4 ? c with { Column = ListColumn.Village } : c).ToList(),
        };
        string?[][] shorter = [.. TitledList.Skip(2)];

        var chosen = ListHeaderDetector.Resolve(Grids.Of(shorter), [corrected]).Value;

        Assert.Equal((MappingSource.Saved, ListColumn.Village, 3, 4), (chosen.Source, chosen.Mapping.Columns[4].Column, chosen.Mapping.HeaderRows[0], chosen.Mapping.DataStartRow));
    }

    [Fact]
    public void Resolve_SavedMappingOfAnotherTemplate_IsIgnored()
    {
        var other = ListHeaderDetector.Detect(Grids.Of(NamNu)).Value;

        var chosen = ListHeaderDetector.Resolve(Grids.Of(TitledList), [other]).Value;

        Assert.Equal(MappingSource.Detected, chosen.Source);
    }

    [Fact]
    public void Resolve_UndetectableHeaderWithSavedMappingAtItsRows_UsesTheSavedMapping()
    {
        string?[][] rows = [["Số", "Người"], ["1", "Nguyễn Văn An"]];
        var grid = Grids.Of(rows);
        var proposed = ListHeaderDetector.MapAt(grid, [1]).Value;
        var corrected = proposed with { Columns = [proposed.Columns[0] with { Column = ListColumn.RowNumber }, proposed.Columns[1] with { Column = ListColumn.FullName }] };

        var chosen = ListHeaderDetector.Resolve(grid, [corrected]).Value;

        Assert.Equal((MappingSource.Saved, null), (chosen.Source, chosen.Detected));
    }

    [Fact]
    public void MapAt_BlankRow_Fails() =>
        Assert.Equal("Dòng 4 trống hoặc không có", ListHeaderDetector.MapAt(Grids.Of(TitledList), [4]).Error);
}
