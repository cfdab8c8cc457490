using SachSong.App.Indicators;
using SachSong.Core.Indicators;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.App.Tests.Indicators;

public sealed partial class IndicatorReportsTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WriteCsv_2025ReportOfTheNewCommunes_SumsTheOldCommunesMergedIntoEach(string provider)
    {
        await using var test = await CreateAsync(provider);
        await ImportAsync(test, Csv("2025.csv",
        [
            .. BinhSonFigures.Lines("2025"),
            $"Xã Bình Trị,{SocialProtectionBeneficiaries},2025,50",
            $"Xã Bình Trị,{SocialProtectionPaidByAccount},2025,50",
            $"Xã Bình Đông,{SocialProtectionBeneficiaries},2025,150",
            $"Xã Bình Đông,{SocialProtectionPaidByAccount},2025,100",
            $"Xã Bình Khương,{SocialProtectionBeneficiaries},2025,100",
            $"Xã Bình Khương,{SocialProtectionPaidByAccount},2025,10",
            $"Xã Bình Minh,{SocialProtectionBeneficiaries},2025,300",
            $"Xã Bình Minh,{SocialProtectionPaidByAccount},2025,270",
        ]));

        var built = Assert.IsType<IndicatorReports.Outcome.Built>(await new IndicatorReports(test.Database, _clock)
            .BuildAsync(null, [NoncashPaymentRate], Period.OfYear(2025), "Tỉnh Quảng Ngãi", TestContext.Current.CancellationToken));

        // Xã Bình Sơn (21040) is the seven communes of the seed letter; Vạn Tường (21061) is Bình Trị and Bình Đông; the new
        // Bình Minh reported itself, which wins over what its old commune Bình Khương reported.
        Assert.Equal(
            [
                BinhSonFigures.CsvHeader,
                "21085,Xã Bình Minh,completed,300,270,,,\"90,00%\",\"90,00%\",—",
                "21040,Xã Bình Sơn,completed,94900,70884,8100,7382,\"75,99%\",\"74,69%\",\"91,14%\"",
                "21061,Xã Vạn Tường,completed,200,150,,,\"75,00%\",\"75,00%\",—",
                "21100,Xã Bình Chương,not_completed,,,,,—,—,—",
                "21109,Xã Đông Sơn,not_completed,,,,,—,—,—",
            ],
            CsvLines(built.Report));
        Assert.Equal(("Tỉnh Quảng Ngãi", "2025-07", new Rate(70884 + 7382 + 150 + 270, 94900 + 8100 + 200 + 300), 0),
            (built.Report.Total.Unit.Name, built.CatalogVersion, built.Report.Total.Result(NoncashPaymentRate).Rate, built.Unallocated.Count));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BuildAsync_2025FromAFileOfOldCommunes_RollsThemUpWithoutStoringAnything(string provider)
    {
        await using var test = await CreateAsync(provider);
        var file = Csv("2025.csv", BinhSonFigures.Lines("2025"));

        var report = await BuildAsync(test, file, [NoncashPaymentRate], Period.OfYear(2025), "51");

        Assert.Equal("21040,Xã Bình Sơn,completed,94900,70884,8100,7382,\"75,99%\",\"74,69%\",\"91,14%\"", CsvLines(report)[1]);
    }
}
