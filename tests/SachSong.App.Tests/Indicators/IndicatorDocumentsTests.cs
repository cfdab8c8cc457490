using SachSong.App.Indicators;
using SachSong.App.Units;
using SachSong.Core.Indicators;
using SachSong.Reports.OpenXml;
using SachSong.Reports.OpenXml.Official;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.App.Tests.Indicators;

public sealed class IndicatorDocumentsTests : IDisposable
{
    private static readonly WorkbookStamp Stamp = new("Tổ Công tác Đề án 06 huyện Bình Sơn", new DateTime(2025, 1, 6, 2, 0, 0, DateTimeKind.Utc));
    private static readonly IndicatorDocuments.LetterOptions Options = new()
    {
        ParentAgency = "UBND HUYỆN BÌNH SƠN",
        Place = "Bình Sơn",
        Date = new DateOnly(2025, 1, 6),
        SignerName = "Trần Văn Minh",
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("sachsong-documents-").FullName;
    private readonly FakeClock _clock = FakeClock.On(new DateOnly(2025, 1, 6));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tables_AsAWorkbook_HaveTheCompletedNotCompletedAndAllSheets(string provider)
    {
        var report = await SeedReportAsync(provider);

        var sheets = Workbook(IndicatorDocuments.Tables(report));

        Assert.Equal(["Đã hoàn thành", "Chưa hoàn thành", "Tổng hợp"], sheets.Select(s => s.Name));
        Assert.Equal(
            [
                "Các đơn vị đã hoàn thành chỉ tiêu - Tỉ lệ chi trả không dùng tiền mặt đối với đối tượng hưởng chính sách an sinh xã hội",
                "Các đơn vị chưa hoàn thành chỉ tiêu - Tỉ lệ chi trả không dùng tiền mặt đối với đối tượng hưởng chính sách an sinh xã hội",
                "Toàn bộ đơn vị - Tỉ lệ chi trả không dùng tiền mặt đối với đối tượng hưởng chính sách an sinh xã hội",
            ],
            sheets.Select(s => s.Sheet["A1"].Text));
        Assert.Equal(["Xã Bình Long", "Xã Bình Trung", "Thị trấn Châu Ổ", "Xã Bình Nguyên"], Column(sheets[0].Sheet, "B", 4, 5));
        Assert.Equal(["Xã Bình Dương", "Xã Bình Thạnh", "Xã Bình An"], Column(sheets[1].Sheet, "B", 4, 3));
        Assert.Equal(("Xã Bình Trị", "Tổng cộng (huyện Bình Sơn)"), (sheets[2].Sheet["B25"].Text, sheets[2].Sheet["B26"].Text));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tables_AsAWorkbook_MergeTheGroupHeadersOverTheirColumns(string provider)
    {
        var report = await SeedReportAsync(provider);

        var sheet = Workbook(IndicatorDocuments.Tables(report))[2].Sheet;

        Assert.Equal(["A1:I1", "A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:I3"], sheet.Merges.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["TT", "Đơn vị", "Đối tượng Bảo trợ xã hội", "Đối tượng Người có công", "Tổng tỉ lệ chi trả qua tài khoản",
                "Số liệu", "Chi trả tài khoản", "Đạt tỉ lệ", "Số liệu", "Chi trả tài khoản", "Đạt tỉ lệ"],
            new[] { "A2", "B2", "C2", "F2", "I2", "C3", "D3", "E3", "F3", "G3", "H3" }.Select(r => sheet[r].Text));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tables_AsAWorkbook_WriteCountsAndRatesAsFormattedNumbersAndNoRateAsADash(string provider)
    {
        var report = await SeedReportAsync(provider);

        var completed = Workbook(IndicatorDocuments.Tables(report))[0].Sheet;

        // Row 6 is Thị trấn Châu Ổ: 10935/12000 = 0,91125 → 91,13% (half up); 7292/8000 → 91,15%; 18227/20000 = 0,91135 → 91,14%.
        Assert.Equal(
            [
                ("Thị trấn Châu Ổ", false, ""), ("12000", true, "#,##0"), ("10935", true, "#,##0"), ("0.9113", true, "0.00%"),
                ("8000", true, "#,##0"), ("7292", true, "#,##0"), ("0.9115", true, "0.00%"), ("0.9114", true, "0.00%"),
            ],
            Row(completed, 6).Select(c => (c.Text, c.IsNumber, c.Format)));
        Assert.Equal(("—", false), (completed["H4"].Text, completed["H4"].IsNumber));
        Assert.Equal(("", false), (completed["F5"].Text, completed["F5"].IsNumber));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tables_AsAWorkbook_TotalRowIsTheSumsAndTheRateOfTheSums(string provider)
    {
        var report = await SeedReportAsync(provider);

        var all = Workbook(IndicatorDocuments.Tables(report))[2].Sheet;

        Assert.Equal(
            ["Tổng cộng (huyện Bình Sơn)", "94900", "70884", "0.7469", "8100", "7382", "0.9114", "0.7599"],
            Row(all, 26).Select(c => c.Text));
        Assert.False(all.Cells.ContainsKey("B27"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tables_TopThree_AsAWorkbook_HaveTheHighestAndLowestSheets(string provider)
    {
        var report = await SeedReportAsync(provider);

        var sheets = Workbook(IndicatorDocuments.Tables(report, top: 3));

        Assert.Equal(["Tỉ lệ cao", "Tỉ lệ thấp"], sheets.Select(s => s.Name));
        Assert.Equal(["Xã Bình Long", "Xã Bình Trung", "Thị trấn Châu Ổ"], Column(sheets[0].Sheet, "B", 4, 4));
        Assert.Equal(["Xã Bình Thạnh", "Xã Bình Dương", "Xã Bình Nguyên"], Column(sheets[1].Sheet, "B", 4, 4));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Letter_AsADocx_PrintsTheDecree30PartsAndTheTablesAsShown(string provider)
    {
        var report = await SeedReportAsync(provider);

        var paragraphs = Docx(IndicatorDocuments.Letter([report], Options));

        OrderAssert.InOrder(
        [
            "UBND HUYỆN BÌNH SƠN",
            "TỔ CÔNG TÁC ĐỀ ÁN 06",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số:    /TCTĐA06",
            "V/v kết quả thực hiện chỉ tiêu Đề án 06 kỳ năm 2024",
            "Bình Sơn, ngày 06 tháng 01 năm 2025",
            "Kính gửi: Tổ Công tác Đề án 06 các xã, thị trấn.",
            "Tổ Công tác Đề án 06 thông báo kết quả thực hiện các chỉ tiêu Đề án 06 kỳ năm 2024 của các đơn vị thuộc huyện Bình Sơn, " +
                "tính từ số liệu đến ngày 06/01/2025, như sau:",
            "I. Kết quả thực hiện các chỉ tiêu",
            "1. Tỉ lệ chi trả không dùng tiền mặt đối với đối tượng hưởng chính sách an sinh xã hội (chỉ tiêu 40%)",
            "1.1. Các đơn vị đã hoàn thành chỉ tiêu",
            "TT", "Đơn vị", "Đối tượng Bảo trợ xã hội", "Đối tượng Người có công", "Tổng tỉ lệ chi trả qua tài khoản",
            "1", "Xã Bình Long", "2.500", "2.279", "91,16%", "0", "0", "—", "91,16%",
            "2", "Xã Bình Trung", "50.000", "45.572", "91,14%", "—", "91,14%",
            "3", "Thị trấn Châu Ổ", "12.000", "10.935", "91,13%", "8.000", "7.292", "91,15%", "91,14%",
            "4", "Xã Bình Nguyên", "20.000", "7.999", "40,00%", "—", "40,00%",
            "1.2. Các đơn vị chưa hoàn thành chỉ tiêu",
            "1", "Xã Bình Dương", "10.000", "3.999", "39,99%", "—", "39,99%",
            "2", "Xã Bình Thạnh", "400", "100", "25,00%", "100", "90", "90,00%", "38,00%",
            "3", "Xã Bình An", "—", "—", "—",
            "Toàn huyện Bình Sơn: Tỉ lệ chi trả không dùng tiền mặt đối với đối tượng hưởng chính sách an sinh xã hội đạt 75,99%.",
            "II. Tổ chức thực hiện",
            "Nơi nhận:",
            "- Như trên;",
            "- Lưu: VT.",
            "TỔ TRƯỞNG",
            "Trần Văn Minh",
        ], paragraphs);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Letter_Undated_PrintsTheYearItIsIssuedNotTheYearOfThePeriod(string provider)
    {
        var report = await SeedReportAsync(provider);

        var paragraphs = Docx(IndicatorDocuments.Letter([report], Options with { Date = null, Year = 2025 }));

        Assert.Contains("Bình Sơn, ngày    tháng    năm 2025", paragraphs);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Letter_TopThreeWithATargetDeadline_PrintsTheHighAndLowTablesAndTheDeadline(string provider)
    {
        var report = await SeedReportAsync(provider, new IndicatorTarget(NoncashPaymentRate, 40m, new DateOnly(2025, 3, 31), period: Period.OfYear(2024)));

        var paragraphs = Docx(IndicatorDocuments.Letter([report], Options, top: 3));

        OrderAssert.InOrder(
        [
            "1. Tỉ lệ chi trả không dùng tiền mặt đối với đối tượng hưởng chính sách an sinh xã hội (chỉ tiêu 40%, hoàn thành trước ngày 31/03/2025)",
            "1.1. Các đơn vị có tỉ lệ cao", "1", "Xã Bình Long", "2", "Xã Bình Trung", "3", "Thị trấn Châu Ổ",
            "1.2. Các đơn vị có tỉ lệ thấp", "1", "Xã Bình Thạnh", "2", "Xã Bình Dương", "3", "Xã Bình Nguyên",
            "Toàn huyện Bình Sơn: Tỉ lệ chi trả không dùng tiền mặt đối với đối tượng hưởng chính sách an sinh xã hội đạt 75,99%.",
        ], paragraphs);
        Assert.DoesNotContain("Xã Bình An", paragraphs);
    }

    private async Task<RankingReport> SeedReportAsync(string provider, IndicatorTarget? target = null)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await TestDatabase.CreateAsync(provider);
        await new ImportUnits(test.Database).LoadBuiltInAsync(ct);
        if (target is not null)
            Assert.Null(await new SetIndicatorTarget(test.Database, _clock).ExecuteAsync(target.IndicatorCode, target.Percent, target.UnitCode,
                target.Period?.ToString(), target.Deadline, "huyện", ct));
        var path = Path.Combine(_folder, "binh-son.csv");
        await File.WriteAllLinesAsync(path, BinhSonFigures.Lines("2024"), ct);
        var built = await new IndicatorReports(test.Database, _clock).BuildAsync(path, [NoncashPaymentRate], Period.OfYear(2024), null, ct);
        return Assert.IsType<IndicatorReports.Outcome.Built>(built).Report;
    }

    private static List<(string Name, OpenXmlFiles.XlsxSheet Sheet)> Workbook(IReadOnlyList<Core.Reports.ReportTable> tables)
    {
        using var stream = new MemoryStream();
        ReportWorkbook.Write(stream, tables, Stamp);
        return OpenXmlFiles.ReadWorkbook(stream.ToArray());
    }

    private static List<string> Docx(Core.Reports.OfficialLetter letter)
    {
        using var stream = new MemoryStream();
        LetterDocument.Write(stream, letter, Stamp);
        return OpenXmlFiles.Paragraphs(stream.ToArray());
    }

    /// <summary>The texts of a column from <paramref name="firstRow"/> on, at most <paramref name="count"/>, up to the last row written.</summary>
    private static string[] Column(OpenXmlFiles.XlsxSheet sheet, string column, int firstRow, int count) =>
        [.. Enumerable.Range(firstRow, count).Select(r => column + r.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .TakeWhile(sheet.Cells.ContainsKey).Select(r => sheet[r].Text)];

    private static IEnumerable<OpenXmlFiles.XlsxCell> Row(OpenXmlFiles.XlsxSheet sheet, int row) =>
        "BCDEFGHI".Select(c => sheet[c + row.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
}
