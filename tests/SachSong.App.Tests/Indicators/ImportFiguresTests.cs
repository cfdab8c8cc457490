using Microsoft.EntityFrameworkCore;
using SachSong.App.Indicators;
using SachSong.App.Units;
using SachSong.Core.Units;
using SachSong.Reports.OpenXml;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.App.Tests.Indicators;

public sealed class ImportFiguresTests : IDisposable
{
    private const string Header = BinhSonFigures.Header;
    private const string Old = "2025-03";
    private readonly string _folder = Directory.CreateTempSubdirectory("sachsong-figures-").FullName;
    private readonly FakeClock _clock = FakeClock.On(new DateOnly(2025, 1, 6));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_CsvWithNamesTypedLoosely_StoresEachValueOnItsUnitWithWhoAndWhen(string provider)
    {
        await using var test = await CreateAsync(provider);
        var path = Csv("bao-cao-xa.csv",
            Header,
            $"Xã Bình Long,{SocialProtectionBeneficiaries},2024,2500",
            $"xa binh long,{SocialProtectionPaidByAccount},2024,2.279",
            $"Thị trấn Châu Ô,{MeritoriousBeneficiaries},2024Q4,12000",
            $"21055,{EidCardsIssued},2024-11,1 234",
            $"  Bình Dương ,{EidAuthenticated},2024W47,0");

        var outcome = await Import(test, path, "Nguyễn Văn Hùng");

        var stored = Assert.IsType<ImportFigures.Outcome.Stored>(outcome);
        Assert.Equal(("bao-cao-xa.csv", 5, 5, 0, 0), (stored.FileName, stored.Rows, stored.Added, stored.Changed, stored.Unchanged));
        var at = new DateTime(2025, 1, 6, 2, 0, 0);
        Assert.Equal(
            [
                (Old, "21040", MeritoriousBeneficiaries, "2024Q4", new DateOnly(2024, 10, 1), new DateOnly(2024, 12, 31), 12000L, "Nguyễn Văn Hùng", at, "bao-cao-xa.csv"),
                (Old, "21055", EidCardsIssued, "2024-11", new DateOnly(2024, 11, 1), new DateOnly(2024, 11, 30), 1234L, "Nguyễn Văn Hùng", at, "bao-cao-xa.csv"),
                (Old, "21070", EidAuthenticated, "2024W47", new DateOnly(2024, 11, 18), new DateOnly(2024, 11, 24), 0L, "Nguyễn Văn Hùng", at, "bao-cao-xa.csv"),
                (Old, "21088", SocialProtectionBeneficiaries, "2024", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 2500L, "Nguyễn Văn Hùng", at, "bao-cao-xa.csv"),
                (Old, "21088", SocialProtectionPaidByAccount, "2024", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 2279L, "Nguyễn Văn Hùng", at, "bao-cao-xa.csv"),
            ],
            (await FiguresAsync(test)).Select(f => (f.CatalogVersion, f.UnitCode, f.ElementCode, f.Period, f.PeriodStart, f.PeriodEnd, f.Value, f.ReportedBy, f.ReportedAt, f.Source)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_RealXlsxWithTitleRowsAndVietnameseHeaders_StoresTheFigures(string provider)
    {
        await using var test = await CreateAsync(provider);
        var path = Path.Combine(_folder, "so-lieu.xlsx");
        XlsxFile.Write(path, "Số liệu",
        [
            ["BÁO CÁO SỐ LIỆU ĐỀ ÁN 06 QUÝ IV/2024", null, null, null],
            [null, null, null, null],
            ["Đơn vị", "Chỉ tiêu", "Kỳ", "Giá trị"],
            ["Xã Bình Long", SocialProtectionBeneficiaries, "2024Q4", 2500d],
            ["Xa Binh Long", SocialProtectionPaidByAccount, "2024Q4", 2279d],
            ["Thị trấn Châu Ô", ChildrenUnder6Total, 2024d, 1834d],
            ["21088", ChildrenUnder6CardsIssued, "2024-11", "1.502"],
        ]);

        var outcome = await Import(test, path, "cán bộ huyện");

        Assert.Equal(("so-lieu.xlsx", 4, 4), (((ImportFigures.Outcome.Stored)outcome).FileName, ((ImportFigures.Outcome.Stored)outcome).Rows, ((ImportFigures.Outcome.Stored)outcome).Added));
        Assert.Equal(
            [
                ("21040", ChildrenUnder6Total, "2024", 1834L),
                ("21088", ChildrenUnder6CardsIssued, "2024-11", 1502L),
                ("21088", SocialProtectionBeneficiaries, "2024Q4", 2500L),
                ("21088", SocialProtectionPaidByAccount, "2024Q4", 2279L),
            ],
            (await FiguresAsync(test)).Select(f => (f.UnitCode, f.ElementCode, f.Period, f.Value)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_CorrectedValue_KeepsTheOldValueInTheHistoryWithWhoAndWhen(string provider)
    {
        await using var test = await CreateAsync(provider);
        await Import(test, Csv("dau-ky.csv", Header,
            $"Xã Bình Long,{SocialProtectionBeneficiaries},2024Q4,2500",
            $"Xã Bình Long,{SocialProtectionPaidByAccount},2024Q4,2279"), "xã Bình Long");
        _clock.MoveTo(new DateOnly(2025, 1, 9));

        var outcome = await Import(test, Csv("dinh-chinh.csv", Header,
            $"21088,{SocialProtectionBeneficiaries},2024Q4,2500",
            $"21088,{SocialProtectionPaidByAccount},2024Q4,2300"), "huyện Bình Sơn");

        var stored = Assert.IsType<ImportFigures.Outcome.Stored>(outcome);
        Assert.Equal((2, 0, 1, 1), (stored.Rows, stored.Added, stored.Changed, stored.Unchanged));
        var first = new DateTime(2025, 1, 6, 2, 0, 0);
        var second = new DateTime(2025, 1, 9, 2, 0, 0);
        await using var db = test.Database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        var paid = await db.Figures.SingleAsync(f => f.ElementCode == SocialProtectionPaidByAccount, ct);
        Assert.Equal((2300L, "huyện Bình Sơn", second, "dinh-chinh.csv"), (paid.Value, paid.ReportedBy, paid.ReportedAt, paid.Source));
        var history = await db.FigureChanges.Include(c => c.Figure).OrderBy(c => c.Id).ToListAsync(ct);
        Assert.Equal(
            [
                (SocialProtectionBeneficiaries, (long?)null, 2500L, "xã Bình Long", first, "dau-ky.csv"),
                (SocialProtectionPaidByAccount, null, 2279L, "xã Bình Long", first, "dau-ky.csv"),
                (SocialProtectionPaidByAccount, 2279L, 2300L, "huyện Bình Sơn", second, "dinh-chinh.csv"),
            ],
            history.Select(c => (c.Figure.ElementCode, c.OldValue, c.NewValue, c.ChangedBy, c.ChangedAt, c.Source)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_FileWithBadRows_StoresNothingAndNamesFileRowColumnAndReason(string provider)
    {
        await using var test = await CreateAsync(provider);
        await Import(test, Csv("truoc.csv", Header,
            $"Xã Bình Long,{SocialProtectionBeneficiaries},2024,2500",
            $"Xã Bình Long,{SocialProtectionPaidByAccount},2024,2279",
            $"Thị trấn Châu Ổ,{MeritoriousBeneficiaries},2024,100",
            $"Thị trấn Châu Ổ,{MeritoriousPaidByAccount},2024,90"), "xã");
        var before = await CountsAsync(test);
        var path = Csv("sai.csv",
            Header,
            $"Xã Bình Thạnh,{SocialProtectionBeneficiaries},2024,400",
            $"Xã Không Có,{SocialProtectionBeneficiaries},2024,10",
            $"Xã Bình Thạnh,social_protection.paid,2024,10",
            $"Xã Bình Thạnh,{MeritoriousBeneficiaries},2024,abc",
            $"Xã Bình Thạnh,{MeritoriousPaidByAccount},2024,-3",
            $"Xã Bình Dương,{SocialProtectionBeneficiaries},2024,\"12,5\"",
            $"Xã Bình Dương,{MeritoriousBeneficiaries},2024Q5,10",
            $"Xã Bình Nguyên,{SocialProtectionBeneficiaries},2024,100",
            $"Xã Bình Nguyên,{SocialProtectionPaidByAccount},2024,150",
            $"Xã Bình Long,{SocialProtectionPaidByAccount},2024,2600",
            $"Thị trấn Châu Ô,{MeritoriousBeneficiaries},2024,80",
            $"21046,{SocialProtectionBeneficiaries},2024,400",
            $"Xã Bình Trị,{EidCardsIssued},2024,5");

        var outcome = await Import(test, path, "xã");

        var rejected = Assert.IsType<ImportFigures.Outcome.Rejected>(outcome);
        Assert.Equal(
            [
                "sai.csv, dòng 3, cột unit: Không tìm thấy đơn vị hành chính 'Xã Không Có'",
                "sai.csv, dòng 4, cột data_element: Không có chỉ tiêu dữ liệu 'social_protection.paid'",
                "sai.csv, dòng 5, cột value: “abc” không phải là số: số liệu phải là số nguyên, viết 1234 hoặc 1.234.",
                "sai.csv, dòng 6, cột value: “-3” là số âm: số liệu phải là số nguyên từ 0 trở lên.",
                "sai.csv, dòng 7, cột value: “12,5” có dấu phẩy (dấu thập phân): số liệu phải là số nguyên, viết 1234 hoặc 1.234.",
                "sai.csv, dòng 8, cột period: Không có quý 5 trong “2024Q5”: quý từ 1 đến 4.",
                "sai.csv, dòng 10, cột value: Đối tượng bảo trợ xã hội chi trả qua tài khoản (150) lớn hơn Đối tượng bảo trợ xã hội (100): số liệu thành phần không được vượt số liệu tổng.",
                "sai.csv, dòng 11, cột value: Đối tượng bảo trợ xã hội chi trả qua tài khoản (2.600) lớn hơn Đối tượng bảo trợ xã hội (2.500): số liệu thành phần không được vượt số liệu tổng.",
                "sai.csv, dòng 12, cột value: Đối tượng người có công chi trả qua tài khoản (90) lớn hơn Đối tượng người có công (80): số liệu thành phần không được vượt số liệu tổng.",
                "sai.csv, dòng 13, cột value: Trùng với dòng 2: cùng đơn vị, chỉ tiêu và kỳ",
            ],
            rejected.Problems.Select(p => p.ToString()));
        Assert.Equal(before, await CountsAsync(test));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_BadRowInAnXlsx_NamesTheSheetToo(string provider)
    {
        await using var test = await CreateAsync(provider);
        var path = Path.Combine(_folder, "quy4.xlsx");
        XlsxFile.Write(path, "Bình Sơn",
        [
            ["unit", "data_element", "period", "value"],
            ["Xã Bình Long", SocialProtectionBeneficiaries, "2024Q4", 2500d],
            ["Xã Bình Long", SocialProtectionPaidByAccount, "2024Q4", -3d],
            ["Binh Thanh", SocialProtectionBeneficiaries, "2024Q4", 10d],
        ]);

        var outcome = await Import(test, path, "xã");

        Assert.Equal(
            [
                "quy4.xlsx, trang Bình Sơn, dòng 3, cột value: “-3” là số âm: số liệu phải là số nguyên từ 0 trở lên.",
                "quy4.xlsx, trang Bình Sơn, dòng 4, cột unit: Tên đơn vị 'Binh Thanh' không rõ ràng, có thể là: Xã Bình Thạnh (21046); Xã Bình Thanh (21091)",
            ],
            Assert.IsType<ImportFigures.Outcome.Rejected>(outcome).Problems.Select(p => p.ToString()));
        Assert.Equal((0, 0), await CountsAsync(test));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_SeveralProblemsOnOneRow_ListsThemInColumnOrder(string provider)
    {
        await using var test = await CreateAsync(provider);
        var path = Csv("nhieu-loi.csv", Header, "Xã Không Có,không_có,2024Q5,abc");

        var outcome = await Import(test, path, "xã");

        Assert.Equal(["unit", "data_element", "period", "value"],
            Assert.IsType<ImportFigures.Outcome.Rejected>(outcome).Problems.Select(p => p.Column));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_ProblemsOnTwoSheets_AreListedSheetBySheetNotMixedByRowNumber(string provider)
    {
        await using var test = await CreateAsync(provider);
        var path = Path.Combine(_folder, "hai-trang.xlsx");
        string[] header = ["unit", "data_element", "period", "value"];
        using (var stream = File.Create(path))
        {
            XlsxWriter.Write(stream,
            [
                new SheetTable("Quý IV", header,
                [
                    ["Xã Bình Long", SocialProtectionBeneficiaries, "2024Q4", 2500L],
                    ["Xã Bình Long", SocialProtectionPaidByAccount, "2024Q4", "abc"],
                ]),
                new SheetTable("Năm", header, [["Xã Không Có", SocialProtectionBeneficiaries, "2024", 1L]]),
            ], new WorkbookStamp("test", new DateTime(2025, 1, 6, 2, 0, 0, DateTimeKind.Utc)));
        }

        var outcome = await Import(test, path, "xã");

        Assert.Equal([("Quý IV", 3, "value"), ("Năm", 2, "unit")],
            Assert.IsType<ImportFigures.Outcome.Rejected>(outcome).Problems.Select(p => (p.Sheet, p.Row, p.Column)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_MoreRowsThanOneBatch_StoresEveryRowAndTheHistoryOfEachCorrection(string provider)
    {
        await using var test = await CreateAsync(provider);
        // 22 communes × 14 elements × 2 quarters = 616 rows: more than one 500-row statement on PostgreSQL.
        string[] Rows(long q2Value) =>
        [
            Header,
            .. from quarter in new[] { "2024Q1", "2024Q2" }
               from commune in BuiltInCatalogue.DistrictCommunes
               from element in Catalogue.Elements
               select $"{commune.Code},{element.Code},{quarter},{(quarter == "2024Q2" ? q2Value : 10)}",
        ];
        await Import(test, Csv("lan-1.csv", Rows(10)), "xã");

        var outcome = await Import(test, Csv("lan-2.csv", Rows(11)), "huyện");

        var stored = Assert.IsType<ImportFigures.Outcome.Stored>(outcome);
        Assert.Equal((616, 0, 308, 308), (stored.Rows, stored.Added, stored.Changed, stored.Unchanged));
        await using var db = test.Database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        var figures = await db.Figures.AsNoTracking().ToListAsync(ct);
        var history = await db.FigureChanges.AsNoTracking().Include(c => c.Figure).ToListAsync(ct);
        Assert.Equal((616, 10L * 308 + 11L * 308), (figures.Count, figures.Sum(f => f.Value)));
        Assert.Equal(924, history.Count);
        Assert.All(history.Where(c => c.ChangedBy == "huyện"), c => Assert.Equal(("2024Q2", (long?)10, 11L), (c.Figure.Period, c.OldValue, c.NewValue)));
    }

    private static async Task<TestDatabase> CreateAsync(string provider)
    {
        var test = await TestDatabase.CreateAsync(provider);
        await new ImportUnits(test.Database).LoadBuiltInAsync(TestContext.Current.CancellationToken);
        return test;
    }

    private Task<ImportFigures.Outcome> Import(TestDatabase test, string path, string by) =>
        new ImportFigures(test.Database, _clock).ExecuteAsync(path, by, TestContext.Current.CancellationToken);

    private static async Task<List<FigureRecord>> FiguresAsync(TestDatabase test)
    {
        await using var db = test.Database.CreateContext();
        var all = await db.Figures.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        return [.. all.OrderBy(f => f.UnitCode, StringComparer.Ordinal).ThenBy(f => f.ElementCode, StringComparer.Ordinal).ThenBy(f => f.Period, StringComparer.Ordinal)];
    }

    private static async Task<(int Figures, int History)> CountsAsync(TestDatabase test)
    {
        await using var db = test.Database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        return (await db.Figures.CountAsync(ct), await db.FigureChanges.CountAsync(ct));
    }

    private string Csv(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
