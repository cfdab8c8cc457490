using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace SachSong.Cli.Tests;

public sealed class IndicatorsCommandTests : IDisposable
{
    private const string Noncash = "noncash_payment_rate";

    private static readonly string[] Figures =
    [
        "unit,data_element,period,value",
        "Xã Bình Long,social_protection.beneficiaries,2024Q4,2500",
        "xa binh long,social_protection.paid_by_account,2024Q4,2.279",
        "Thị trấn Châu Ô,social_protection.beneficiaries,2024Q4,12000",
        "Thị trấn Châu Ô,social_protection.paid_by_account,2024Q4,10935",
        "Châu Ổ,meritorious.beneficiaries,2024Q4,8000",
        "Châu Ổ,meritorious.paid_by_account,2024Q4,7292",
        "21046,social_protection.beneficiaries,2024Q4,400",
        "21046,social_protection.paid_by_account,2024Q4,100",
        "21046,meritorious.beneficiaries,2024Q4,100",
        "21046,meritorious.paid_by_account,2024Q4,90",
    ];

    private const string Header =
        "unit_code,unit_name,status,social_protection.beneficiaries,social_protection.paid_by_account,meritorious.beneficiaries,meritorious.paid_by_account," +
        "noncash_payment_rate,noncash_payment_rate.social_protection,noncash_payment_rate.meritorious";

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task FiguresImport_ValidCsv_ExitsZeroAndSaysWhatWasStored()
    {
        var file = Write("binh-son.csv", Figures);

        var (exit, output, error) = await _cli.RunAsync("figures", "import", file, "--by", "huyện Bình Sơn");

        Assert.True(exit == 0, error);
        Assert.Equal("Đã nạp binh-son.csv: 10 dòng — 10 mới, 0 sửa (giá trị cũ giữ trong lịch sử), 0 không đổi.", output.Trim());
    }

    [Fact]
    public async Task FiguresImport_FileWithBadRows_ExitsTwoListsEachProblemAndStoresNothing()
    {
        var bad = Write("sai.csv",
            [.. Figures, "Xã Không Có,social_protection.beneficiaries,2024Q4,10", "Xã Bình Long,meritorious.beneficiaries,2024Q5,-3"]);

        var (exit, _, error) = await _cli.RunAsync("figures", "import", bad);
        var good = await _cli.RunAsync("figures", "import", Write("binh-son.csv", Figures));

        Assert.Equal(2, exit);
        Assert.Equal(
            [
                "Không lưu số liệu nào: 3 lỗi trong sai.csv.",
                "sai.csv, dòng 12, cột unit: Không tìm thấy đơn vị hành chính 'Xã Không Có'",
                "sai.csv, dòng 13, cột period: Không có quý 5 trong “2024Q5”: quý từ 1 đến 4.",
                "sai.csv, dòng 13, cột value: “-3” là số âm: số liệu phải là số nguyên từ 0 trở lên.",
            ],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("10 dòng — 10 mới", good.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorsReport_StoredFiguresAsCsv_WritesOneRowPerCommuneCompletedFirst()
    {
        await _cli.RunAsync("figures", "import", Write("binh-son.csv", Figures));
        var output = _cli.PathOf("bao-cao.csv");

        var (exit, stdout, error) = await _cli.RunAsync("indicators", "report", "--indicator", Noncash, "--period", "2024Q4", "--out", output);

        Assert.True(exit == 0, error);
        Assert.Equal($"Huyện Bình Sơn, kỳ 2024Q4: 2 đơn vị hoàn thành, 20 chưa hoàn thành → {output}", stdout.Trim());
        var lines = await File.ReadAllLinesAsync(output, Encoding.UTF8, TestContext.Current.CancellationToken);
        Assert.Equal(
            [
                Header,
                "21088,Xã Bình Long,completed,2500,2279,,,\"91,16%\",\"91,16%\",—",
                "21040,Thị trấn Châu Ổ,completed,12000,10935,8000,7292,\"91,14%\",\"91,13%\",\"91,15%\"",
                "21046,Xã Bình Thạnh,not_completed,400,100,100,90,\"38,00%\",\"25,00%\",\"90,00%\"",
                "21064,Xã Bình An,not_completed,,,,,—,—,—",
            ],
            lines.Take(5));
        Assert.Equal(23, lines.Length);
    }

    [Fact]
    public async Task IndicatorsReport_FiguresFileAsXlsx_WritesTheThreeSheetsWithPercentCells()
    {
        var output = _cli.PathOf("bao-cao.xlsx");

        var (exit, _, error) = await _cli.RunAsync("indicators", "report", "--figures", Write("binh-son.csv", Figures), "--indicator", Noncash,
            "--period", "2024Q4", "--format", "xlsx", "--out", output);

        Assert.True(exit == 0, error);
        using var document = SpreadsheetDocument.Open(output, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Đã hoàn thành", "Chưa hoàn thành", "Tổng hợp"], sheets.Select(s => s.Name!.Value));
        var cells = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!.Value!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cells["I5"].StyleIndex!.Value).NumberFormatId!.Value;
        var code = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format).FormatCode!.Value;
        Assert.Equal(("Thị trấn Châu Ổ", "0.9114", "0.00%"), (cells["B5"].InnerText, cells["I5"].CellValue!.Text, code));
    }

    [Fact]
    public async Task IndicatorsReport_Docx_WritesTheOfficialLetter()
    {
        var output = _cli.PathOf("cong-van.docx");

        var (exit, _, error) = await _cli.RunAsync("indicators", "report", "--figures", Write("binh-son.csv", Figures), "--indicator", Noncash,
            "--period", "2024Q4", "--format", "docx", "--out", output, "--date", "06/01/2025", "--signer", "Trần Văn Minh");

        Assert.True(exit == 0, error);
        var paragraphs = Paragraphs(output);
        Assert.Equal(
            ["UBND HUYỆN BÌNH SƠN", "TỔ CÔNG TÁC ĐỀ ÁN 06", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:    /TCTĐA06",
                "V/v kết quả thực hiện chỉ tiêu Đề án 06 kỳ quý IV/2024", "Bình Sơn, ngày 06 tháng 01 năm 2025"],
            paragraphs.Take(7));
        Assert.Equal(["Xã Bình Long", "2.500", "2.279", "91,16%"], paragraphs.SkipWhile(p => p != "Xã Bình Long").Take(4));
        Assert.Equal("Trần Văn Minh", paragraphs[^1]);
    }

    [Fact]
    public async Task IndicatorsReport_UndatedDocx_PrintsThisYearForTheClerkToDate()
    {
        var output = _cli.PathOf("cong-van.docx");

        await _cli.RunAsync("indicators", "report", "--figures", Write("binh-son.csv", Figures), "--indicator", Noncash,
            "--period", "2024Q4", "--format", "docx", "--out", output);

        var year = TimeProvider.System.GetLocalNow().Year.ToString(CultureInfo.InvariantCulture);
        Assert.Contains($"Bình Sơn, ngày    tháng    năm {year}", Paragraphs(output));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    public async Task IndicatorsReport_TopBelowOne_ExitsTwoWithoutWritingAFile(string top)
    {
        var output = _cli.PathOf("top.xlsx");

        var (exit, _, error) = await _cli.RunAsync("indicators", "report", "--figures", Write("binh-son.csv", Figures), "--indicator", Noncash,
            "--period", "2024Q4", "--format", "xlsx", "--top", top, "--out", output);

        Assert.Equal((2, false), (exit, File.Exists(output)));
        Assert.StartsWith("--top:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorsReport_UnknownIndicator_ExitsTwoAndListsTheKnownOnes()
    {
        var (exit, _, error) = await _cli.RunAsync("indicators", "report", "--figures", Write("binh-son.csv", Figures), "--indicator", "noncash",
            "--period", "2024Q4", "--out", _cli.PathOf("x.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("Không có chỉ số 'noncash'. Có: noncash_payment_rate,", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorsReport_SnapshotAndForecast_StoresTheRatesAndPrintsTheUnitsBelowTarget()
    {
        await _cli.RunAsync("figures", "import", Write("binh-son.csv", Figures));

        var (exit, output, error) = await _cli.RunAsync("indicators", "report", "--indicator", Noncash, "--period", "2024Q4",
            "--out", _cli.PathOf("r.csv"), "--snapshot", "--forecast");

        Assert.True(exit == 0, error);
        Assert.Contains("Đã lưu 23 tỉ lệ vào lịch sử.", output, StringComparison.Ordinal);
        var thanh = output.Split('\n').Single(l => l.Contains("Xã Bình Thạnh", StringComparison.Ordinal));
        Assert.Contains("38,00%", thanh, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Split('\n'), l => l.Contains("Xã Bình Long", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IndicatorsReport_SnapshotOfNewCommunesBeforeTheMerger_IsKeptUnderTheNewCatalogue()
    {
        // 2025Q2 ends before 1/7/2025, so a parent typed "51" would be the old province; the figures name new communes.
        var file = Write("q2.csv",
            "unit,data_element,period,value",
            "Xã Vạn Tường,social_protection.beneficiaries,2025Q2,200",
            "Xã Vạn Tường,social_protection.paid_by_account,2025Q2,150");

        var (exit, _, error) = await _cli.RunAsync("indicators", "report", "--figures", file, "--indicator", Noncash, "--period", "2025Q2",
            "--out", _cli.PathOf("q2-out.csv"), "--snapshot");

        Assert.True(exit == 0, error);
        var database = new Database(DatabaseSettings.Resolve(null, name => name == "SACHSONG_DATA" ? _cli.DataFolder : null));
        await using var db = database.CreateContext();
        var snapshots = await db.IndicatorSnapshots.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal((6, "2025-07"), (snapshots.Count, snapshots.Select(s => s.CatalogVersion).Distinct().Single()));
    }

    [Fact]
    public async Task FiguresMissing_AfterTheDueDay_ListsTheCommunesThatHaveNotReportedAndHowLate()
    {
        await _cli.RunAsync("figures", "import", Write("binh-son.csv", Figures));

        var (exit, output, error) = await _cli.RunAsync("figures", "missing", "--period", "2024Q4", "--parent", "Huyện Bình Sơn",
            "--element", "meritorious.beneficiaries");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n');
        var days = (DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime).DayNumber - new DateOnly(2025, 1, 5).DayNumber)
            .ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
        Assert.Equal("Huyện Bình Sơn, kỳ 2024Q4: 20 đơn vị chưa báo cáo.", lines[0].Trim());
        var longRow = Assert.Single(lines, l => l.Contains("21088", StringComparison.Ordinal));
        Assert.Equal(["21088", "Xã Bình Long", "05/01/2025", days], longRow.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.DoesNotContain(lines, l => l.Contains("21040", StringComparison.Ordinal) || l.Contains("21046", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiguresMissing_UnknownElement_ExitsTwoInsteadOfListingEveryUnit()
    {
        var (exit, _, error) = await _cli.RunAsync("figures", "missing", "--period", "2024Q4", "--parent", "524", "--element", "meritorious.benefits");

        Assert.Equal(2, exit);
        Assert.StartsWith("--element: không có chỉ tiêu dữ liệu 'meritorious.benefits'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorsTarget_ForOneCommune_MakesItNotCompletedInTheNextReport()
    {
        await _cli.RunAsync("figures", "import", Write("binh-son.csv", Figures));
        var output = _cli.PathOf("r.csv");

        var (exit, stdout, error) = await _cli.RunAsync("indicators", "target", "--indicator", Noncash, "--percent", "95", "--unit", "Xã Bình Long",
            "--deadline", "31/03/2025");
        await _cli.RunAsync("indicators", "report", "--indicator", Noncash, "--period", "2024Q4", "--out", output);

        Assert.True(exit == 0, error);
        Assert.Equal("Đã lưu chỉ tiêu.", stdout.Trim());
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(["21040,Thị trấn Châu Ổ,completed", "21088,Xã Bình Long,not_completed"],
            lines.Skip(1).Take(2).Select(l => string.Join(',', l.Split(',').Take(3))));
    }

    [Theory]
    [InlineData("--unit", "Xã Không Có", "Không tìm thấy đơn vị hành chính 'Xã Không Có'")]
    [InlineData("--deadline", "2025-03-31", "--deadline: '2025-03-31' không phải ngày dd/MM/yyyy")]
    [InlineData("--period", "2024Q5", "Không có quý 5 trong “2024Q5”: quý từ 1 đến 4.")]
    public async Task IndicatorsTarget_BadOption_ExitsTwoAndSaysWhy(string option, string value, string message)
    {
        var (exit, _, error) = await _cli.RunAsync("indicators", "target", "--indicator", Noncash, "--percent", "95", option, value);

        Assert.Equal((2, message), (exit, error.Trim()));
    }

    private string Write(string name, params string[] lines)
    {
        var path = _cli.PathOf(name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private static List<string> Paragraphs(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return [.. document.MainDocumentPart!.Document.Body!.Descendants<Word.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)];
    }
}
