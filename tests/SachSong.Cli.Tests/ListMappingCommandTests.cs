using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SachSong.Cli.Tests;

/// <summary><c>sachsong lists mapping</c>: see how a list's columns are read, correct it once, and the next import reads it so.</summary>
public sealed class ListMappingCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Mapping_NewLayout_PrintsEachColumnWithItsHeaderRoleAndAPreview()
    {
        var file = PoorHouseholds("ho-ngheo.xlsx");

        var (exit, output, error) = await _cli.RunAsync("lists", "mapping", file);

        Assert.True(exit == 0, error);
        Assert.Contains("Tệp ho-ngheo.xlsx, trang DS: tiêu đề ở dòng 2, dữ liệu từ dòng 3; cách đọc cột tự nhận ra từ tiêu đề, chưa lưu.", output, StringComparison.Ordinal);
        Assert.Matches(@"│ E\s+│ Ngày tháng năm\s+│ Không dùng\s+│ E=other", output);
        Assert.Matches(@"│ D\s+│ Mã định danh hộ\s+│ Số định danh\s+│ D=personal_id", output);
        Assert.Contains("12/05/1975", output, StringComparison.Ordinal);
        Assert.Contains("Cả trang đọc được 2 người", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_InEnglish_NamesTheRolesInEnglish()
    {
        var file = PoorHouseholds("ho-ngheo.xlsx");

        var (exit, output, error) = await _cli.RunAsync("--lang", "en", "lists", "mapping", file);

        Assert.True(exit == 0, error);
        Assert.Matches(@"│ E\s+│ Ngày tháng năm\s+│ Not used\s+│ E=other", output);
        Assert.Contains("column mapping detected from the header, not saved yet", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MappingSet_WrongColumnsCorrectedOnce_TheNextImportOfTheLayoutReadsThemSo()
    {
        var file = PoorHouseholds("ho-ngheo.xlsx");

        var correct = await _cli.RunAsync("lists", "mapping", file, "--sheet", "DS", "--set", "E=birth_date", "--set", "4=other", "--by", "lđtbxh");
        var shown = await _cli.RunAsync("lists", "mapping", file);
        var import = await _cli.RunAsync("lists", "import", PoorHouseholds("ho-ngheo-2.xlsx"), "--program", "poor_households", "--unit", "Huyện Bình Sơn");

        Assert.True(correct.Exit == 0, correct.Err);
        Assert.Contains("Đã lưu cách đọc cột cho mẫu này", correct.Out, StringComparison.Ordinal);
        Assert.Matches(@"│ E\s+│ Ngày tháng năm\s+│ Ngày sinh\s+│ E=birth_date", correct.Out);
        Assert.Contains("theo mẫu đã lưu (lđtbxh,", shown.Out, StringComparison.Ordinal);
        Assert.True(import.Exit == 0, import.Err);
        Assert.Contains("Ngày tháng năm → BirthDate", import.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Mã định danh hộ → PersonalId", import.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--set", "E=birthday" }, "Tệp 'ho-ngheo.xlsx', trang 'DS', cột E: không có vai trò 'birthday'; dùng một trong: other, row_number, personal_id")]
    [InlineData(new[] { "--set", "H=note" }, "Tệp 'ho-ngheo.xlsx', trang 'DS', cột H: ngoài phạm vi tiêu đề (dòng 2 có các cột A–F)")]
    [InlineData(new[] { "--header-rows", "9" }, "Tệp 'ho-ngheo.xlsx', trang 'DS': Dòng 9 trống hoặc không có")]
    [InlineData(new[] { "--sheet", "Tổng hợp", "--set", "E=birth_date" }, "Tệp 'ho-ngheo.xlsx' không có trang 'Tổng hợp'; các trang: 'DS'")]
    public async Task MappingSet_BadCorrection_ExitsWithTwoSaysWhereAndSavesNothing(string[] correction, string expected)
    {
        var file = PoorHouseholds("ho-ngheo.xlsx");

        var (exit, _, error) = await _cli.RunAsync(["lists", "mapping", file, .. correction]);
        var after = await _cli.RunAsync("lists", "mapping", file);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("Chưa lưu gì.", error, StringComparison.Ordinal);
        Assert.Contains("tự nhận ra từ tiêu đề, chưa lưu", after.Out, StringComparison.Ordinal);
    }

    // A poor-household list whose household code is taken for a personal ID and whose birth dates sit under a header
    // that names no field.
    private string PoorHouseholds(string name)
    {
        string?[][] rows =
        [
            ["DANH SÁCH HỘ NGHÈO NĂM 2025"],
            ["STT", "Họ và tên", "Giới tính", "Mã định danh hộ", "Ngày tháng năm", "Thôn"],
            ["1", "Nguyễn Văn Hùng", "Nam", "HN-0001", "12/05/1975", "Thôn Đồng Tâm"],
            ["2", "Đặng Thị Thuỷ", "Nữ", "HN-0002", "1980", "Thôn Đồng Tâm"],
        ];
        var path = _cli.PathOf(name);
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            for (var c = 0; c < rows[r].Length; c++)
            {
                row.Append(new Cell
                {
                    CellReference = $"{(char)('A' + c)}{(r + 1).ToString(CultureInfo.InvariantCulture)}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(rows[r][c]!)),
                });
            }
            data.Append(row);
        }
        part.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "DS" });
        workbook.Workbook.Save();
        return path;
    }
}
