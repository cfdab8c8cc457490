using System.Globalization;
using SachSong.Core.Indicators;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.Core.Tests.Indicators;

public sealed class RankingReportTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly Period Nov = Period.OfMonth(2024, 11);
    private static readonly ReportUnit District = new("522", "Huyện Bình Sơn");

    private static readonly ReportUnit[] Communes =
    [
        new("21040", "Châu Ổ"), new("21046", "Bình Thạnh"), new("21049", "Hải Ninh"), new("21052", "Đông Sơn"), new("21055", "Tịnh Hoà"),
    ];

    private static readonly FigureTable NoncashFigures = new(
    [
        .. Noncash("21040", 100, 50, 100, 30),  // 80/200 = 40,00%: meets 40% exactly
        .. Noncash("21046", 1000, 500, 0, 0),   // 50,00%
        .. Noncash("21049", 10, 1, 10, 1),      // 10,00%
        .. Noncash("21052", 10, 1, 10, 1),      // 10,00%, ties with Hải Ninh
        // 21055 reported nothing
    ]);

    private static RankingReport NoncashReport => RankingReport.Build(
        BuiltInIndicators.Catalogue, [NoncashPaymentRate], District, Communes, Nov, NoncashFigures);

    [Fact]
    public void Build_Noncash_ColumnsFollowTheSteeringLetter()
    {
        var columns = NoncashReport.Columns;

        Assert.Equal(
            [("Đối tượng Bảo trợ xã hội", "Số liệu"), ("Đối tượng Bảo trợ xã hội", "Chi trả tài khoản"), ("Đối tượng Bảo trợ xã hội", "Đạt tỉ lệ"),
             ("Đối tượng Người có công", "Số liệu"), ("Đối tượng Người có công", "Chi trả tài khoản"), ("Đối tượng Người có công", "Đạt tỉ lệ"),
             ("", "Tổng tỉ lệ chi trả qua tài khoản")],
            columns.Select(c => (c.Group?.Vietnamese ?? "", c.Header.Vietnamese)));
    }

    [Fact]
    public void Build_Rows_CompletedFirstThenByRateThenVietnameseName()
    {
        var rows = NoncashReport.Rows;

        Assert.Equal(
            [("Bình Thạnh", "completed"), ("Châu Ổ", "completed"), ("Đông Sơn", "not_completed"), ("Hải Ninh", "not_completed"), ("Tịnh Hoà", "not_completed")],
            rows.Select(r => (r.Unit.Name, r.StatusCode)));
    }

    [Fact]
    public void Build_Row_CellsShowCountsAndRatesTheVietnameseWay()
    {
        var report = NoncashReport;
        var chauO = report.Rows.Single(r => r.Unit.Code == "21040");

        Assert.Equal(["100", "50", "50,00%", "100", "30", "30,00%", "40,00%"], report.Columns.Select(c => chauO.Cell(c).Format(Vi)));
    }

    [Fact]
    public void Build_UnitWithoutFigures_ShowsBlankCountsAndDashRatesIsNotCompletedAndListsWhatIsMissing()
    {
        var report = NoncashReport;
        var tinhHoa = report.Rows.Single(r => r.Unit.Code == "21055");

        Assert.Equal(
            ("||—|||—|—", TargetStatus.NoData, 4),
            (string.Join('|', report.Columns.Select(c => tinhHoa.Cell(c).Format(Vi))), tinhHoa.Results[0].Status, tinhHoa.MissingElements.Count));
    }

    [Fact]
    public void Build_Total_IsSumOfNumeratorsOverSumOfDenominatorsNotTheAverageOfRates()
    {
        var report = NoncashReport;
        var averageOfRates = report.Rows.Where(r => r.Results[0].Rate.HasValue).Average(r => r.Results[0].ShownPercent!.Value);

        Assert.Equal(
            (584L, 1240L, "47,10%", 27.5m, CompletionStatus.Completed),
            (report.Total.Results[0].Rate.Numerator, report.Total.Results[0].Rate.Denominator, report.Total.Results[0].Format(Vi), averageOfRates,
             report.Total.Status));
    }

    [Fact]
    public void Build_CompletedAndNotCompleted_SplitTheRowsLikeTheLetter() =>
        Assert.Equal((2, 3), (NoncashReport.Completed.Count, NoncashReport.NotCompleted.Count));

    [Fact]
    public void Build_UnitTarget_DecidesThatUnitsStatus()
    {
        var targets = new TargetTable([new IndicatorTarget(NoncashPaymentRate, 45m, new DateOnly(2024, 12, 15), unitCode: "21040", period: Period.OfYear(2024))]);

        var report = RankingReport.Build(BuiltInIndicators.Catalogue, [NoncashPaymentRate], District, Communes, Nov, NoncashFigures, targets);

        Assert.Equal((CompletionStatus.NotCompleted, 45m), (report.Rows.Single(r => r.Unit.Code == "21040").Status,
            report.Rows.Single(r => r.Unit.Code == "21040").Results[0].Target!.Percent));
    }

    [Fact]
    public void Build_SameNameAndRate_OrdersByCode()
    {
        ReportUnit[] twins = [new("2", "Bình Hải"), new("1", "Bình Hải")];
        var figures = new FigureTable([.. Under6("1", 10, 5), .. Under6("2", 10, 5)]);

        var report = RankingReport.Build(BuiltInIndicators.Catalogue, [IdCardRateUnder6], District, twins, Nov, figures);

        Assert.Equal(["1", "2"], report.Rows.Select(r => r.Unit.Code));
    }

    [Fact]
    public void Build_Under6_HasTotalIssuedNotYetIssuedAndRateColumns()
    {
        var figures = new FigureTable([.. Under6("21040", 120, 87)]);

        var report = RankingReport.Build(BuiltInIndicators.Catalogue, [IdCardRateUnder6], District, [Communes[0]], Nov, figures);

        Assert.Equal(
            ([("Tổng", "120"), ("Đã cấp", "87"), ("Chưa cấp", "33"), ("Tỉ lệ đã cấp", "72,5%")]),
            report.Columns.Select(c => (c.Header.Vietnamese, report.Rows[0].Cell(c).Format(Vi))));
    }

    [Fact]
    public void HighestAndLowest_GiveTheTopAndBottomByRateWithoutOverlapOrUnitsWithoutRate()
    {
        ReportUnit[] units = [new("a", "An"), new("b", "Ba"), new("c", "Ca"), new("d", "Da"), new("e", "Em"), new("f", "Phú")];
        var figures = new FigureTable(
            [.. Under6("a", 100, 90), .. Under6("b", 100, 80), .. Under6("c", 100, 70), .. Under6("d", 100, 60), .. Under6("e", 100, 50), .. Under6("f", 0, 0)]);

        var report = RankingReport.Build(BuiltInIndicators.Catalogue, [IdCardRateUnder6], District, units, Nov, figures);

        Assert.Equal(
            ("An Ba", "Em Da", "An Ba Ca", "Em Da"),
            (Names(report.Highest(2)), Names(report.Lowest(2)), Names(report.Highest(3)), Names(report.Lowest(3))));
    }

    [Fact]
    public void Build_Eid_TwoIndicatorsShareTheAuthenticatedColumnAndBothMustMeetTheirTargets()
    {
        ReportUnit[] units = [new("x", "Bình Châu"), new("y", "Bình Chánh")];
        var figures = new FigureTable(
        [
            .. Eid("x", 1000, 850, 680),  // 85% authenticated, 80% activated: activation below 90%
            .. Eid("y", 1000, 800, 720),  // 80% and 90%: both met
        ]);

        var report = RankingReport.Build(BuiltInIndicators.Catalogue, [EidAuthenticationRate, EidActivationRate], District, units, Nov, figures);

        Assert.Equal(
            ("Đã cấp CCCD | Đã xác thực định danh | Tổng đã kích hoạt | Tỉ lệ xác thực định danh | Tỉ lệ kích hoạt định danh điện tử",
             "Bình Chánh Bình Châu", "80,00% 85,00%", "completed not_completed"),
            (Headers(report), Names(report.Rows), string.Join(' ', report.Rows.Select(r => r.Results[0].Format(Vi))),
             string.Join(' ', report.Rows.Select(r => r.StatusCode))));
    }

    [Fact]
    public void Build_WorkerUpdateRateAboveHundred_IsShownAndCompleted()
    {
        var figures = new FigureTable(
        [
            new Figure("x", WorkersWorkingAge, Nov, 1000), new Figure("x", WorkersFormsCollected, Nov, 1100), new Figure("x", WorkersFormsUpdated, Nov, 1050),
        ]);

        var report = RankingReport.Build(BuiltInIndicators.Catalogue, [WorkerUpdateRate], District, [new ReportUnit("x", "Bình Long")], Nov, figures);

        Assert.Equal(
            ("Số người trong độ tuổi lao động | Phiếu đã thu thập | Tỉ lệ thu thập | Phiếu đã cập nhật | Tỉ lệ cập nhật", "105,00%", "completed"),
            (Headers(report), report.Rows[0].Results[0].Format(Vi), report.Rows[0].StatusCode));
    }

    [Fact]
    public void Build_UnknownIndicator_Throws() =>
        Assert.Throws<ArgumentException>(() => RankingReport.Build(BuiltInIndicators.Catalogue, ["nope"], District, Communes, Nov, NoncashFigures));

    private static string Names(IEnumerable<RankingRow> rows) => string.Join(' ', rows.Select(r => r.Unit.Name));

    private static string Headers(RankingReport report) => string.Join(" | ", report.Columns.Select(c => c.Header.Vietnamese));

    private static Figure[] Noncash(string unit, long spBeneficiaries, long spPaid, long meritBeneficiaries, long meritPaid) =>
    [
        new(unit, SocialProtectionBeneficiaries, Nov, spBeneficiaries), new(unit, SocialProtectionPaidByAccount, Nov, spPaid),
        new(unit, MeritoriousBeneficiaries, Nov, meritBeneficiaries), new(unit, MeritoriousPaidByAccount, Nov, meritPaid),
    ];

    private static Figure[] Under6(string unit, long total, long issued) =>
        [new(unit, ChildrenUnder6Total, Nov, total), new(unit, ChildrenUnder6CardsIssued, Nov, issued)];

    private static Figure[] Eid(string unit, long cards, long authenticated, long activated) =>
        [new(unit, EidCardsIssued, Nov, cards), new(unit, EidAuthenticated, Nov, authenticated), new(unit, EidActivated, Nov, activated)];
}
