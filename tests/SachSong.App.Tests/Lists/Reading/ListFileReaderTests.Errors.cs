using System.Text;
using SachSong.App.Lists.Reading;
using SachSong.Core.Text;

namespace SachSong.App.Tests.Lists.Reading;

public sealed partial class ListFileReaderTests
{
    private static string UnreadableMessage(ListFileResult result) => Assert.IsType<ListFileResult.Unreadable>(result).Message;

    [Fact]
    public void Read_MissingFile_IsUnreadableNamingIt() =>
        Assert.Equal("Không tìm thấy tệp 'khong-co.xlsx'", UnreadableMessage(ListFileReader.Read(_folder.File("khong-co.xlsx"))));

    [Fact]
    public void Read_WordDocument_IsUnreadableNamingIt()
    {
        var path = _folder.File("ds.docx");
        File.WriteAllText(path, "x");

        Assert.Equal("Tệp 'ds.docx' không phải bảng tính .xlsx, .xls hoặc tệp .csv", UnreadableMessage(ListFileReader.Read(path)));
    }

    [Theory]
    [InlineData("hong.xlsx")]
    [InlineData("hong.xls")]
    public void Read_CorruptSpreadsheet_IsUnreadableNamingIt(string name)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, "Đây không phải bảng tính");

        Assert.StartsWith($"Tệp '{name}' không phải bảng tính Excel đọc được", UnreadableMessage(ListFileReader.Read(path)), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyCsv_IsUnreadable()
    {
        var path = _folder.File("trong.csv");
        File.WriteAllText(path, "\r\n;;;\r\n");

        Assert.Equal("Tệp 'trong.csv' trống", UnreadableMessage(ListFileReader.Read(path)));
    }

    [Fact]
    public void Read_WorkbookWithoutAnyHeader_IsNoListFoundSayingWhyForEachSheet()
    {
        var book = new XlsxBook();
        book.Sheet("Báo cáo").Row("Số liệu", "Giá trị").Row("Hộ nghèo", 12);
        book.Sheet("Sheet2");

        var result = Assert.IsType<ListFileResult.NoListFound>(ListFileReader.Read(_folder.Save(book, "baocao.xlsx")));

        Assert.Equal(
            "Tệp 'baocao.xlsx': không tìm thấy danh sách nào. Trang Báo cáo: Không tìm thấy dòng tiêu đề: cần một dòng có ít nhất hai cột nhận ra được, "
            + "trong đó có cột Họ và tên hoặc Số định danh/CCCD/CMND; Trang Sheet2: trang trống",
            result.Message);
    }

    [Fact]
    public void Read_CellStillLegacyAfterConversion_IsRejectedNamingFileSheetRowAndColumn()
    {
        var book = new XlsxBook();
        book.Sheet("DS")
            .Row("STT", "Họ và tên", "Năm sinh", "Nơi thường trú")
            .Row(1, "Nguyễn Văn An", 1950, "Thôn 1")
            .Row(2, "Trần Thị Bình", 1951, "Nguy\u00D4n V\u00A8n H\u00B0ng");

        var problem = Loaded(ListFileReader.Read(_folder.Save(book, "ds.xlsx"))).Rejected.Single();

        Assert.Equal(
            "ds.xlsx, trang DS, dòng 3, cột Nơi thường trú: Văn bản có vẻ dùng bảng mã cũ (TCVN3) nhưng không chuyển được: 'H\u0300ng'",
            problem.ToString());
    }

    [Fact]
    public void Read_CsvRowWithoutNameOrId_IsRejectedNamingFileRowAndColumn()
    {
        var path = _folder.File("ds.csv");
        File.WriteAllText(path, "STT;Họ và tên;Ngày sinh;Số CCCD\r\n1;Nguyễn Văn An;1950;\r\n2;;1951;\r\n", new UTF8Encoding(true));

        var problem = Loaded(ListFileReader.Read(path)).Rejected.Single();

        Assert.Equal("ds.csv, dòng 3, cột Họ và tên: Dòng không có họ tên và không có số định danh", problem.ToString());
    }

    [Fact]
    public void Read_RowsWithoutHeaderAbove_AreNotRead()
    {
        var book = new XlsxBook();
        book.Sheet("DS")
            .Row("Nguyễn Văn An", "1950")
            .Row("STT", "Họ và tên", "Năm sinh")
            .Row(1, "Trần Thị Bình", 1951);

        var content = Loaded(ListFileReader.Read(_folder.Save(book, "ds.xlsx")));

        Assert.Equivalent(
            new { Names = new[] { "Trần Thị Bình" }, Title = new[] { "Nguyễn Văn An 1950" } },
            new { Names = content.Rows.Select(r => r.Value(Core.Lists.ListColumn.FullName)).ToArray(), Title = content.Sheets[0].TitleLines });
    }

    [Fact]
    public void Read_LegacyEncodingOfAPlainUnicodeFile_IsUnicode()
    {
        var content = ReadMergedHeader();

        Assert.Equal(LegacyEncoding.Unicode, content.Encoding);
    }
}
