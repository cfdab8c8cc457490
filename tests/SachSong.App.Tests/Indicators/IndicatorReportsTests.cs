using System.Globalization;
using SachSong.App.Indicators;
using SachSong.App.Units;
using SachSong.Core.Indicators;
using SachSong.Core.Units;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.App.Tests.Indicators;

public sealed partial class IndicatorReportsTests : IDisposable
{
    private static readonly Period Q4 = Period.OfQuarter(2024, 4);
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private readonly string _folder = Directory.CreateTempSubdirectory("sachsong-reports-").FullName;
    private readonly FakeClock _clock = FakeClock.On(new DateOnly(2025, 1, 6));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WriteCsv_SeedLetterFigures_WritesTheHeaderAndOneRowPerCommuneInReportOrder(string provider)
    {
        await using var test = await CreateAsync(provider);
        await ImportAsync(test, Csv("binh-son.csv", BinhSonFigures.Lines("2024Q4")));

        var report = await BuildAsync(test, null, [NoncashPaymentRate], Q4, null);

        var names = BuiltInCatalogue.DistrictCommunes.ToDictionary(c => c.Code, c => c.Name);
        string[] expected =
        [
            BinhSonFigures.CsvHeader,
            .. BinhSonFigures.CsvRowsWithRates,
            .. BinhSonFigures.NoRateInNameOrder.Select(code => code == "21052"
                ? "21052,Xã Bình Chánh,not_completed,0,0,0,0,—,—,—"
                : $"{code},{names[code]},not_completed,,,,,—,—,—"),
        ];
        Assert.Equal(expected, CsvLines(report));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BuildAsync_FromAFiguresFile_GivesTheSameRowsAsFromTheStoredFigures(string provider)
    {
        await using var test = await CreateAsync(provider);
        var file = Csv("binh-son.csv", [.. BinhSonFigures.Lines("2024Q4"), $"Xã Bình Long,{SocialProtectionBeneficiaries},2024Q3,1"]);
        await ImportAsync(test, file);

        var fromFile = await BuildAsync(test, file, [NoncashPaymentRate], Q4, "Huyện Bình Sơn");
        var fromStore = await BuildAsync(test, null, [NoncashPaymentRate], Q4, "524");

        Assert.Equal(CsvLines(fromStore), CsvLines(fromFile));
        Assert.Equal(22, fromFile.Rows.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BuildAsync_SeedLetterFigures_GroupsCompletedFirstThenOrdersByTheExactRate(string provider)
    {
        await using var test = await CreateAsync(provider);
        await ImportAsync(test, Csv("binh-son.csv", BinhSonFigures.Lines("2024Q4")));

        var report = await BuildAsync(test, null, [NoncashPaymentRate], Q4, null);

        Assert.Equal(["21088", "21082", "21040", "21055"], report.Completed.Select(r => r.Unit.Code));
        Assert.Equal(["21070", "21046", .. BinhSonFigures.NoRateInNameOrder], report.NotCompleted.Select(r => r.Unit.Code));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BuildAsync_Total_IsTheSumOfTheNumeratorsOverTheSumOfTheDenominators(string provider)
    {
        await using var test = await CreateAsync(provider);
        await ImportAsync(test, Csv("binh-son.csv", BinhSonFigures.Lines("2024Q4")));

        var report = await BuildAsync(test, null, [NoncashPaymentRate], Q4, null);

        var total = report.Total.Result(NoncashPaymentRate);
        // The average of the six communes' rates would be 66,71%; the district's rate is 78266/103000.
        Assert.Equal(
            ("Huyện Bình Sơn", new Rate(78266, 103000), "75,99%", "74,69%", "91,14%", TargetStatus.Met),
            (report.Total.Unit.Name, total.Rate, total.Format(Vi), total.Parts[0].Rate.Format(2, Vi), total.Parts[1].Rate.Format(2, Vi), total.Status));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BuildAsync_TopThree_TakesTheHighestAndTheLowestRatesWhateverTheirStatus(string provider)
    {
        await using var test = await CreateAsync(provider);
        await ImportAsync(test, Csv("binh-son.csv", BinhSonFigures.Lines("2024Q4")));
        var report = await BuildAsync(test, null, [NoncashPaymentRate], Q4, null);

        var tables = IndicatorDocuments.Tables(report, top: 3);

        Assert.Equal(["Xã Bình Long", "Xã Bình Trung", "Thị trấn Châu Ổ"], tables[0].Rows.Select(r => r.Cells[0].Format(0, Vi)));
        Assert.Equal(["Xã Bình Thạnh", "Xã Bình Dương", "Xã Bình Nguyên"], tables[1].Rows.Select(r => r.Cells[0].Format(0, Vi)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WriteCsv_TwoIndicators_CompletedOnlyWhenBothMeetTheirTargetsAndColumnsFollowTheOrderAsked(string provider)
    {
        await using var test = await CreateAsync(provider);
        var file = Csv("hai-chi-so.csv",
            BinhSonFigures.Header,
            $"Xã Bình Long,{SocialProtectionBeneficiaries},2024Q4,2500",
            $"Xã Bình Long,{SocialProtectionPaidByAccount},2024Q4,2279",
            $"Xã Bình Long,{EidCardsIssued},2024Q4,1000",
            $"Xã Bình Long,{EidAuthenticated},2024Q4,800",
            $"Thị trấn Châu Ổ,{SocialProtectionBeneficiaries},2024Q4,12000",
            $"Thị trấn Châu Ổ,{SocialProtectionPaidByAccount},2024Q4,10935",
            $"Thị trấn Châu Ổ,{EidCardsIssued},2024Q4,1000",
            $"Thị trấn Châu Ổ,{EidAuthenticated},2024Q4,700",
            $"Xã Bình Thạnh,{SocialProtectionBeneficiaries},2024Q4,400",
            $"Xã Bình Thạnh,{SocialProtectionPaidByAccount},2024Q4,100",
            $"Xã Bình Thạnh,{EidCardsIssued},2024Q4,1000",
            $"Xã Bình Thạnh,{EidAuthenticated},2024Q4,900");

        var report = await BuildAsync(test, file, [EidAuthenticationRate, NoncashPaymentRate], Q4, null);

        Assert.Equal(
            [
                "unit_code,unit_name,status,eid.cards_issued,eid.authenticated," +
                "social_protection.beneficiaries,social_protection.paid_by_account,meritorious.beneficiaries,meritorious.paid_by_account," +
                "eid_authentication_rate,noncash_payment_rate,noncash_payment_rate.social_protection,noncash_payment_rate.meritorious",
                "21088,Xã Bình Long,completed,1000,800,2500,2279,,,\"80,00%\",\"91,16%\",\"91,16%\",—",
                "21046,Xã Bình Thạnh,not_completed,1000,900,400,100,,,\"90,00%\",\"25,00%\",\"25,00%\",—",
                "21040,Thị trấn Châu Ổ,not_completed,1000,700,12000,10935,,,\"70,00%\",\"91,13%\",\"91,13%\",—",
            ],
            CsvLines(report).Take(4));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BuildAsync_UnknownRepeatedOrMissingIndicator_IsRejectedWithTheReason(string provider)
    {
        await using var test = await CreateAsync(provider);
        var file = Csv("binh-son.csv", BinhSonFigures.Lines("2024Q4"));
        var service = new IndicatorReports(test.Database, _clock);
        var ct = TestContext.Current.CancellationToken;

        var unknown = await service.BuildAsync(file, ["noncash"], Q4, null, ct);
        var twice = await service.BuildAsync(file, [NoncashPaymentRate, NoncashPaymentRate], Q4, null, ct);
        var none = await service.BuildAsync(file, [], Q4, null, ct);
        var badParent = await service.BuildAsync(file, [NoncashPaymentRate], Q4, "Huyện Không Có", ct);
        var otherPeriod = await service.BuildAsync(file, [NoncashPaymentRate], Period.OfYear(2023), null, ct);

        Assert.StartsWith("Không có chỉ số 'noncash'. Có: noncash_payment_rate, id_card_rate_under6", Problem(unknown), StringComparison.Ordinal);
        Assert.Equal(
            ("Một chỉ số được nêu hai lần", "Cần ít nhất một --indicator", "Không tìm thấy đơn vị hành chính 'Huyện Không Có'",
                "binh-son.csv: không có số liệu nào cho kỳ 2023"),
            (Problem(twice), Problem(none), Problem(badParent), Problem(otherPeriod)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BuildAsync_FiguresFileWithABadRow_IsRejectedWithFileRowAndColumn(string provider)
    {
        await using var test = await CreateAsync(provider);
        var file = Csv("sai.csv", BinhSonFigures.Header, $"Xã Bình Long,{SocialProtectionBeneficiaries},2024Q4,-3");

        var outcome = await new IndicatorReports(test.Database, _clock).BuildAsync(file, [NoncashPaymentRate], Q4, null, TestContext.Current.CancellationToken);

        Assert.Equal("sai.csv, dòng 2, cột value: “-3” là số âm: số liệu phải là số nguyên từ 0 trở lên.", Problem(outcome));
    }

    private static string Problem(IndicatorReports.Outcome outcome) => Assert.Single(Assert.IsType<IndicatorReports.Outcome.Rejected>(outcome).Problems);

    private static async Task<TestDatabase> CreateAsync(string provider)
    {
        var test = await TestDatabase.CreateAsync(provider);
        await new ImportUnits(test.Database).LoadBuiltInAsync(TestContext.Current.CancellationToken);
        return test;
    }

    private async Task ImportAsync(TestDatabase test, string path, string by = "huyện Bình Sơn") =>
        Assert.IsType<ImportFigures.Outcome.Stored>(await new ImportFigures(test.Database, _clock).ExecuteAsync(path, by, TestContext.Current.CancellationToken));

    private async Task<RankingReport> BuildAsync(TestDatabase test, string? file, string[] indicators, Period period, string? parent) =>
        Assert.IsType<IndicatorReports.Outcome.Built>(
            await new IndicatorReports(test.Database, _clock).BuildAsync(file, indicators, period, parent, TestContext.Current.CancellationToken)).Report;

    private static string[] CsvLines(RankingReport report)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        IndicatorReports.WriteCsv(report, writer);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    private string Csv(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
