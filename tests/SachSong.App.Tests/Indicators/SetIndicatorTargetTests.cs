using Microsoft.EntityFrameworkCore;
using SachSong.App.Indicators;
using SachSong.App.Units;
using SachSong.Core.Indicators;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.App.Tests.Indicators;

public sealed class SetIndicatorTargetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sachsong-targets-").FullName;
    private readonly FakeClock _clock = FakeClock.On(new DateOnly(2025, 1, 6));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_TargetForOneCommune_MakesOnlyThatCommuneNotCompleted(string provider)
    {
        await using var test = await CreateAsync(provider);

        var saved = await Set(test, NoncashPaymentRate, 95m, "Xã Bình Long", "2024Q4", new DateOnly(2025, 3, 31));

        var report = await ReportAsync(test);
        Assert.Null(saved);
        Assert.Equal(["21082", "21040", "21055"], report.Completed.Select(r => r.Unit.Code));
        var bl = report.Rows.Single(r => r.Unit.Code == "21088").Results[0];
        Assert.Equal((TargetStatus.NotMet, 95m, new DateOnly(2025, 3, 31)), (bl.Status, bl.Target!.Percent, bl.Target.Deadline!.Value));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_SameTargetAgain_ReplacesItWithWhoAndWhen(string provider)
    {
        await using var test = await CreateAsync(provider);
        await Set(test, NoncashPaymentRate, 50m, null, "2024", null);
        _clock.MoveTo(new DateOnly(2025, 1, 9));

        await Set(test, NoncashPaymentRate, 39.99m, null, "2024", new DateOnly(2025, 6, 30), "tỉnh");

        await using var db = test.Database.CreateContext();
        var row = Assert.Single(await db.IndicatorTargets.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal((NoncashPaymentRate, "", "2024", 39.99m, (DateOnly?)new DateOnly(2025, 6, 30), "tỉnh", new DateTime(2025, 1, 9, 2, 0, 0)),
            (row.IndicatorCode, row.UnitCode, row.Period, row.Percent, row.Deadline, row.SetBy, row.SetAt));
        // 39.99% for every unit in 2024 covers 2024Q4: Bình Dương (39,99%) is now completed too.
        Assert.Contains("21070", (await ReportAsync(test)).Completed.Select(r => r.Unit.Code));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_BadInput_SavesNothingAndSaysWhy(string provider)
    {
        await using var test = await CreateAsync(provider);

        List<string?> problems =
        [
            await Set(test, "noncash", 40m, null, null, null),
            await Set(test, NoncashPaymentRate, -1m, null, null, null),
            await Set(test, NoncashPaymentRate, 40m, null, "2024Q5", null),
            await Set(test, NoncashPaymentRate, 40m, "21O88", "2024Q4", null),
            await Set(test, NoncashPaymentRate, 40m, "Binh Thanh", "2024Q4", null),
        ];

        Assert.Equal(
            [
                "Không có chỉ số 'noncash'",
                "Chỉ tiêu -1% không hợp lệ",
                "Không có quý 5 trong “2024Q5”: quý từ 1 đến 4.",
                "Không tìm thấy đơn vị hành chính '21O88'",
                "Tên đơn vị 'Binh Thanh' không rõ ràng, có thể là: Xã Bình Thạnh (21046); Xã Bình Thanh (21091)",
            ],
            problems);
        await using var db = test.Database.CreateContext();
        Assert.Equal(0, await db.IndicatorTargets.CountAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<TestDatabase> CreateAsync(string provider)
    {
        var test = await TestDatabase.CreateAsync(provider);
        await new ImportUnits(test.Database).LoadBuiltInAsync(TestContext.Current.CancellationToken);
        return test;
    }

    private Task<string?> Set(TestDatabase test, string indicator, decimal percent, string? unit, string? period, DateOnly? deadline, string by = "huyện") =>
        new SetIndicatorTarget(test.Database, _clock).ExecuteAsync(indicator, percent, unit, period, deadline, by, TestContext.Current.CancellationToken);

    private async Task<RankingReport> ReportAsync(TestDatabase test)
    {
        var path = Path.Combine(_folder, "binh-son.csv");
        await File.WriteAllLinesAsync(path, BinhSonFigures.Lines("2024Q4"), TestContext.Current.CancellationToken);
        var built = await new IndicatorReports(test.Database, _clock).BuildAsync(path, [NoncashPaymentRate], Period.OfQuarter(2024, 4), null,
            TestContext.Current.CancellationToken);
        return Assert.IsType<IndicatorReports.Outcome.Built>(built).Report;
    }
}
