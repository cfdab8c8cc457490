using SachSong.App.Lists.Reading;
using SachSong.Core.Lists;
using SachSong.Core.Text;

namespace SachSong.App.Tests.Lists.Reading;

public sealed partial class ListFileReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ListFileContent Loaded(ListFileResult result) =>
        Assert.IsType<ListFileResult.Loaded>(result).Content;

    private ListFileContent ReadMergedHeader() => Loaded(ListFileReader.Read(_folder.Save(ListWorkbooks.MergedHeader(), "nct.xlsx")));

    [Fact]
    public void Read_MergedHeader_FindsTwoHeaderRowsAndDataAfterNumbering()
    {
        var sheet = ReadMergedHeader().Sheets.Single();

        Assert.Equivalent(new { HeaderRows = new[] { 5, 6 }, DataStartRow = 8 }, new { sheet.HeaderRows, sheet.Mapping.DataStartRow });
    }

    [Fact]
    public void Read_MergedHeader_DetectsColumnsWithTheirHeaderText()
    {
        var columns = ReadMergedHeader().Sheets.Single().Columns;

        Assert.Equal(
            [
                new MappedColumn(0, "STT", ListColumn.RowNumber),
                new MappedColumn(1, "Họ và tên", ListColumn.FullName),
                new MappedColumn(2, "Ngày tháng năm sinh / Nam", ListColumn.BirthDate, ColumnPart.Male),
                new MappedColumn(3, "Ngày tháng năm sinh / Nữ", ListColumn.BirthDate, ColumnPart.Female),
                new MappedColumn(4, "Số định danh cá nhân", ListColumn.PersonalId),
                new MappedColumn(5, "Nơi thường trú", ListColumn.Residence),
                new MappedColumn(6, "Ghi chú", ListColumn.Note),
            ],
            columns);
    }

    [Fact]
    public void Read_MergedHeader_BirthDateColumnGivesSex()
    {
        var rows = ReadMergedHeader().Rows;

        Assert.Equal(
            [("Nguyễn Văn Hùng", "12/05/1941", "Nam"), ("Trần Thị Lan", "03/1944", "Nữ"), ("Lê Văn Tư", "1938", "Nam"), ("Phạm Thị Mai", "20/11/1940", "Nữ")],
            rows.Select(r => (r.Value(ListColumn.FullName), r.Value(ListColumn.BirthDate), r.Value(ListColumn.Sex))));
    }

    [Fact]
    public void Read_MergedHeader_VillageComesFromSubHeadings()
    {
        var rows = ReadMergedHeader().Rows;

        Assert.Equal(["Thôn An Điềm", "Thôn An Điềm", "Thôn An Điềm", "Thôn Phú Lộc"], rows.Select(r => r.Value(ListColumn.Village)));
    }

    [Fact]
    public void Read_MergedHeader_EveryRowIsAccountedFor()
    {
        var content = ReadMergedHeader();

        Assert.Equivalent(
            new
            {
                Rows = 4,
                Rejected = 2,
                Skipped = new[]
                {
                    SkipReason.SubHeading, SkipReason.Total, SkipReason.SubHeading, SkipReason.Total, SkipReason.Total,
                    SkipReason.Footer, SkipReason.Footer, SkipReason.Footer, SkipReason.Footer,
                },
                BlankRows = 1,
            },
            new { Rows = content.Rows.Count, Rejected = content.Rejected.Count, Skipped = content.Skipped.Select(s => s.Reason).ToArray(), content.BlankRows });
    }

    [Fact]
    public void Read_MergedHeader_RejectsBadRowsNamingFileSheetRowAndColumn()
    {
        var rejected = ReadMergedHeader().Rejected.Select(p => p.ToString());

        Assert.Equal(
            [
                "nct.xlsx, trang Bình Long, dòng 15, cột Ngày tháng năm sinh / Nữ: Ghi ở cả cột 'Ngày tháng năm sinh / Nam' và cột 'Ngày tháng năm sinh / Nữ': không biết là nam hay nữ",
                "nct.xlsx, trang Bình Long, dòng 16, cột Họ và tên: Dòng không có họ tên và không có số định danh",
            ],
            rejected);
    }

    [Fact]
    public void Read_MergedHeader_SkippedRowsSayWhy()
    {
        var skipped = ReadMergedHeader().Skipped.Take(2).Select(s => s.ToString());

        Assert.Equal(
            [
                "nct.xlsx, trang Bình Long, dòng 8: bỏ qua, dòng tiêu đề mục 'Thôn An Điềm'; các dòng bên dưới thuộc Thôn An Điềm",
                "nct.xlsx, trang Bình Long, dòng 12: bỏ qua, dòng tổng cộng 'Cộng thôn An Điềm'",
            ],
            skipped);
    }

    [Fact]
    public void Read_MergedHeader_KeepsTitleAndCommuneHint()
    {
        var sheet = ReadMergedHeader().Sheets.Single();

        Assert.Equivalent(
            new { CommuneHint = "XÃ BÌNH LONG", Title = "DANH SÁCH NGƯỜI CAO TUỔI HƯỞNG TRỢ CẤP XÃ HỘI" },
            new { sheet.CommuneHint, Title = sheet.TitleLines[1] });
    }

    [Fact]
    public void Read_Row_KeepsSheetRowNumberAndCells()
    {
        var row = ReadMergedHeader().Rows[0];

        Assert.Equal(("Bình Long", 9, "001041000101"), (row.Sheet, row.RowNumber, row.Cells[4]));
    }

    [Fact]
    public void Read_Tcvn3File_ConvertsEveryCell()
    {
        var content = Loaded(ListFileReader.Read(_folder.Save(ListWorkbooks.Tcvn3(), "hongheo.xlsx")));

        Assert.Equal(
            [("Nguyễn Văn Hùng", "Nam", "Thôn Đồng Tâm"), ("Đặng Thị Thuỷ", "Nữ", "Thôn Đồng Tâm"), ("Lương Văn Sơn", "Nam", "Thôn Hưng Thịnh")],
            content.Rows.Select(r => (r.Value(ListColumn.FullName), r.Value(ListColumn.Sex), r.Value(ListColumn.Village))));
    }

    [Fact]
    public void Read_Tcvn3File_ReportsEncodingAndDetectsHeader()
    {
        var content = Loaded(ListFileReader.Read(_folder.Save(ListWorkbooks.Tcvn3(), "hongheo.xlsx")));

        Assert.Equal(
            (LegacyEncoding.Tcvn3, LegacyEncoding.Tcvn3, "Họ và tên", "Xã Tân Phú", SkipReason.Total),
            (content.Encoding, content.Sheets[0].Encoding, content.Sheets[0].Columns[1].Header, content.Sheets[0].CommuneHint, content.Skipped.Single().Reason));
    }

    [Fact]
    public void Read_Tcvn3File_HasTheSameSignatureAsItsUnicodeTwin()
    {
        var legacy = Loaded(ListFileReader.Read(_folder.Save(ListWorkbooks.Tcvn3(), "a.xlsx"))).Sheets[0].Signature;
        var book = new XlsxBook();
        book.Sheet("DS").Row("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh", "Thôn").Row(1, "Nguyễn Văn An", "1970", "Nam", null, null);
        var unicode = Loaded(ListFileReader.Read(_folder.Save(book, "b.xlsx"))).Sheets[0].Signature;

        Assert.Equal(legacy, unicode);
    }

    [Fact]
    public void Read_SeveralSheets_ReadsEachSheetWithAHeader()
    {
        var content = Loaded(ListFileReader.Read(_folder.Save(ListWorkbooks.SeveralSheets(), "hnd.xlsx")));

        Assert.Equal(
            [("Xã An Hòa", "Vũ Văn An"), ("Xã An Hòa", "Bùi Thị Bình"), ("Xã An Lạc", "Đinh Văn Cường")],
            content.Rows.Select(r => (r.Sheet, r.Value(ListColumn.FullName))));
    }

    [Fact]
    public void Read_SeveralSheets_ReportsSheetsWithoutHeader()
    {
        var content = Loaded(ListFileReader.Read(_folder.Save(ListWorkbooks.SeveralSheets(), "hnd.xlsx")));

        Assert.Equal(
            [
                "Trang Ghi chú: Không tìm thấy dòng tiêu đề: cần một dòng có ít nhất hai cột nhận ra được, trong đó có cột Họ và tên hoặc Số định danh/CCCD/CMND",
                "Trang Sheet3: trang trống",
            ],
            content.SkippedSheets.Select(s => s.ToString()));
    }

    [Fact]
    public void Read_SeveralSheetsOfOneTemplate_ShareTheSignature()
    {
        var sheets = Loaded(ListFileReader.Read(_folder.Save(ListWorkbooks.SeveralSheets(), "hnd.xlsx"))).Sheets;

        Assert.Equal(sheets[0].Signature, sheets[1].Signature);
    }

    [Fact]
    public void Read_NumberCells_KeepYearsAndIdsAsDigits()
    {
        var row = Loaded(ListFileReader.Read(_folder.Save(ListWorkbooks.SeveralSheets(), "hnd.xlsx"))).Rows[0];

        Assert.Equal(("1970", "001070000301", "Tổ 1"), (row.Value(ListColumn.BirthDate), row.Value(ListColumn.PersonalId), row.Value(ListColumn.Village)));
    }

    [Fact]
    public void Read_SavedMappingForTheTemplate_IsUsedInsteadOfDetection()
    {
        var path = _folder.Save(ListWorkbooks.SeveralSheets(), "hnd.xlsx");
        var detected = Loaded(ListFileReader.Read(path)).Sheets[0].Mapping;
        var corrected = detected with
        {
            Columns = detected.Columns.Select(c => c.Column == ListColumn.Village ? c with { Column = ListColumn.Residence } : c).ToList(),
        };

        var content = Loaded(ListFileReader.Read(path, corrected));

        Assert.Equivalent(
            new { Sources = new[] { MappingSource.Saved, MappingSource.Saved }, Residence = "Tổ 5", Village = (string?)null },
            new { Sources = content.Sheets.Select(s => s.Source).ToArray(), Residence = content.Rows[2].Value(ListColumn.Residence), Village = content.Rows[2].Value(ListColumn.Village) });
    }

    [Fact]
    public void ReadSheets_Tcvn3File_GivesUnicodeGrids()
    {
        var grids = ListFileReader.ReadSheets(_folder.Save(ListWorkbooks.Tcvn3(), "hongheo.xlsx")).Value;

        Assert.Equal("Danh sách hộ nghèo năm 2025", grids[0].Rows[0].Cells[0]);
    }
}
