using Microsoft.EntityFrameworkCore;
using SachSong.App.Indicators;
using SachSong.Core.Indicators;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.App.Tests.Indicators;

public sealed partial class IndicatorReportsTests
{
    private const string Old = "2025-03";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SnapshotAsync_TakenTwiceTheSameDay_KeepsOneSnapshotPerUnitWithTheLatestCounts(string provider)
    {
        await using var test = await CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var service = new IndicatorReports(test.Database, _clock);
        await ImportAsync(test, Csv("binh-son.csv", BinhSonFigures.Lines("2024Q4")));
        var first = await service.SnapshotAsync(await BuildAsync(test, null, [NoncashPaymentRate], Q4, null), Old, ct);
        await ImportAsync(test, Csv("sua.csv", BinhSonFigures.Header, $"Xã Bình Thạnh,{SocialProtectionPaidByAccount},2024Q4,150"));

        var second = await service.SnapshotAsync(await BuildAsync(test, null, [NoncashPaymentRate], Q4, null), Old, ct);

        await using var db = test.Database.CreateContext();
        var snapshots = await db.IndicatorSnapshots.AsNoTracking().ToListAsync(ct);
        var thanh = snapshots.Single(s => s.UnitCode == "21046");
        var district = snapshots.Single(s => s.UnitCode == "524");
        Assert.Equal((23, 23, 23), (first, second, snapshots.Count));
        Assert.Equal((Old, NoncashPaymentRate, "2024Q4", new DateOnly(2025, 1, 6), 240L, 500L),
            (thanh.CatalogVersion, thanh.IndicatorCode, thanh.Period, thanh.TakenOn, thanh.Numerator, thanh.Denominator));
        Assert.Equal((78316L, 103000L), (district.Numerator, district.Denominator));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ForecastAsync_SnapshotsAWeekApart_ForecastsWhenEachUnitBelowTargetReachesIt(string provider)
    {
        await using var test = await CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var service = new IndicatorReports(test.Database, _clock);
        Assert.Null(await new SetIndicatorTarget(test.Database, _clock).ExecuteAsync(NoncashPaymentRate, 40m, null, "2024Q4", new DateOnly(2025, 1, 15), "huyện", ct));
        await ImportAsync(test, Csv("binh-son.csv", BinhSonFigures.Lines("2024Q4")));
        await service.SnapshotAsync(await BuildAsync(test, null, [NoncashPaymentRate], Q4, null), Old, ct);
        _clock.MoveTo(new DateOnly(2025, 1, 13));
        await ImportAsync(test, Csv("tuan-sau.csv", BinhSonFigures.Header, $"Xã Bình Thạnh,{SocialProtectionPaidByAccount},2024Q4,105"));
        var report = await BuildAsync(test, null, [NoncashPaymentRate], Q4, null);
        await service.SnapshotAsync(report, Old, ct);

        var forecasts = await service.ForecastAsync(report, Old, null, ct);

        Assert.Equal(report.NotCompleted.Select(r => r.Unit.Code), forecasts.Select(f => f.Unit.Code));
        var thanh = forecasts.Single(f => f.Unit.Code == "21046").Forecast;
        var duong = forecasts.Single(f => f.Unit.Code == "21070").Forecast;
        var chanh = forecasts.Single(f => f.Unit.Code == "21052").Forecast;
        // 38% (190/500) on 06/01, 39% (195/500) on 13/01: 1/7 point a day; 39,995% shows as 40,00% after ⌈0,995 × 7⌉ = 7 days.
        Assert.Equal((ForecastOutcome.WillReach, 39m, 1m / 7m, new DateOnly(2025, 1, 20), new DateOnly(2025, 1, 15), true),
            (thanh.Outcome, thanh.LatestPercent!.Value, thanh.PacePerDay!.Value, thanh.ReachDate!.Value, thanh.Deadline!.Value, thanh.AtRisk));
        Assert.Equal((ForecastOutcome.NoProgress, 0m, true), (duong.Outcome, duong.PacePerDay!.Value, duong.AtRisk));
        Assert.Equal((ForecastOutcome.NotEnoughData, true), (chanh.Outcome, chanh.AtRisk));
    }
}
