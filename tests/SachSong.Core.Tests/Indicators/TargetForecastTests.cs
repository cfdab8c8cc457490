using SachSong.Core.Indicators;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.Core.Tests.Indicators;

public sealed class TargetForecastTests
{
    private static readonly DateOnly Start = new(2024, 11, 1);

    // 50% on 1 November, then +1.4 points a week (0.2 a day) to 54.2% on 22 November.
    private static readonly IndicatorSnapshot[] Weekly =
        [Snap(0, 500, 1000), Snap(7, 514, 1000), Snap(14, 528, 1000), Snap(21, 542, 1000)];

    [Fact]
    public void Compute_LinearSeries_ReachesTheTargetAtTheMeasuredPace()
    {
        var forecast = TargetForecast.Compute(Weekly, 80m, 2, new DateOnly(2025, 3, 31));

        // threshold 79.995 (shows as 80,00%): ⌈(79.995 − 54.2) / 0.2⌉ = ⌈128.975⌉ = 129 days after 22/11/2024
        Assert.Equal((ForecastOutcome.WillReach, 0.2m, 79.995m, new DateOnly(2025, 3, 31), false, 4),
            (forecast.Outcome, forecast.PacePerDay, forecast.Threshold, forecast.ReachDate, forecast.AtRisk, forecast.Points.Count));
    }

    [Theory]
    [InlineData("2025-03-30", true)]
    [InlineData("2025-03-31", false)]
    [InlineData("2024-12-31", true)]
    public void Compute_ReachDateAfterTheDeadline_IsAtRisk(string deadline, bool atRisk) =>
        Assert.Equal(atRisk, TargetForecast.Compute(Weekly, 80m, 2, DateOnly.ParseExact(deadline, "yyyy-MM-dd", null)).AtRisk);

    [Fact]
    public void Compute_ReachDate_IsWhenTheShownRateMeetsTheTargetNotTheExactOne()
    {
        // 89.95%, 91.95%, 93.95% a day apart: 93.95 + 3 × 2 = 99.95 shows as 100,0% at 1 decimal (the exact 100% would take 4 days).
        IndicatorSnapshot[] daily = [Snap(0, 8995, 10000), Snap(1, 9195, 10000), Snap(2, 9395, 10000)];

        var forecast = TargetForecast.Compute(daily, 100m, 1, null);

        Assert.Equal((99.95m, Start.AddDays(5)), (forecast.Threshold, forecast.ReachDate));
    }

    [Fact]
    public void Compute_NoisySeries_UsesTheLeastSquaresSlope()
    {
        IndicatorSnapshot[] noisy = [Snap(0, 50, 100), Snap(1, 52, 100), Snap(2, 51, 100)];

        Assert.Equal(0.5m, TargetForecast.Compute(noisy, 80m, 2, null).PacePerDay);
    }

    [Fact]
    public void Compute_WindowInDays_MeasuresOnlyTheRecentPace()
    {
        IndicatorSnapshot[] lateStart = [Snap(0, 50, 100), Snap(7, 50, 100), Snap(14, 50, 100), Snap(21, 57, 100)];

        var recent = TargetForecast.Compute(lateStart, 80m, 2, null, ForecastWindow.LastDays(7));
        var lastThree = TargetForecast.Compute(lateStart, 80m, 2, null, ForecastWindow.LastSnapshots(3));

        Assert.Equal((1m, 2, 0.5m, 3), (recent.PacePerDay, recent.Points.Count, lastThree.PacePerDay, lastThree.Points.Count));
    }

    [Fact]
    public void Compute_FallingRate_NeverReachesAndIsAtRisk()
    {
        IndicatorSnapshot[] falling = [Snap(0, 60, 100), Snap(7, 58, 100), Snap(14, 55, 100)];

        var forecast = TargetForecast.Compute(falling, 80m, 2, new DateOnly(2025, 12, 31));

        Assert.Equal((ForecastOutcome.NoProgress, (DateOnly?)null, true), (forecast.Outcome, forecast.ReachDate, forecast.AtRisk));
    }

    [Fact]
    public void Compute_FlatRate_NeverReaches() =>
        Assert.Equal(ForecastOutcome.NoProgress, TargetForecast.Compute([Snap(0, 5, 10), Snap(7, 5, 10)], 80m, 2, null).Outcome);

    [Fact]
    public void Compute_AlreadyMetAsShown_IsNotAtRiskEvenAfterTheDeadline()
    {
        IndicatorSnapshot[] met = [Snap(0, 30, 100), Snap(7, 7999, 20000)];   // 39.995% shows as 40,00%

        var forecast = TargetForecast.Compute(met, 40m, 2, Start);

        Assert.Equal((ForecastOutcome.AlreadyMet, Start.AddDays(7), false), (forecast.Outcome, forecast.ReachDate, forecast.AtRisk));
    }

    [Fact]
    public void Compute_OneSnapshot_IsNotEnoughDataAndAtRisk()
    {
        var forecast = TargetForecast.Compute([Snap(0, 10, 100)], 80m, 2, null);

        Assert.Equal((ForecastOutcome.NotEnoughData, (decimal?)null, true), (forecast.Outcome, forecast.PacePerDay, forecast.AtRisk));
    }

    [Fact]
    public void Compute_SnapshotsWithoutDenominator_AreSkipped()
    {
        var forecast = TargetForecast.Compute([Snap(0, 0, 0), Snap(7, 10, 100), Snap(14, 0, 0), Snap(21, 24, 100)], 80m, 2, null);

        Assert.Equal((1m, 2, Start.AddDays(21)), (forecast.PacePerDay, forecast.Points.Count, forecast.LatestDate));
    }

    [Fact]
    public void Compute_LowerIsBetter_ReachesWhenTheRateFallsToTheTarget()
    {
        IndicatorSnapshot[] errors = [Snap(0, 10, 100), Snap(1, 9, 100), Snap(2, 8, 100)];

        var forecast = TargetForecast.Compute(errors, 5m, 2, null, direction: IndicatorDirection.LowerIsBetter);

        Assert.Equal((-1m, 5.005m, Start.AddDays(5)), (forecast.PacePerDay, forecast.Threshold, forecast.ReachDate));
    }

    [Fact]
    public void Compute_WithIndicatorAndTarget_UsesTheirDecimalsAndDeadline()
    {
        var indicator = BuiltInIndicators.Catalogue.GetIndicator(EidAuthenticationRate);
        var target = new IndicatorTarget(EidAuthenticationRate, 80m, new DateOnly(2024, 12, 15));

        var forecast = TargetForecast.Compute(indicator, target, Weekly);

        Assert.Equal((2, new DateOnly(2024, 12, 15), true), (forecast.Decimals, forecast.Deadline, forecast.AtRisk));
    }

    [Fact]
    public void Compute_Method_DescribesTheInputsInBothLanguages()
    {
        var method = TargetForecast.Compute(Weekly, 80m, 2, null).Method;

        Assert.Equal(
            ("Tốc độ = hệ số góc bình phương tối thiểu của tỉ lệ theo ngày, trên 4 lần số liệu từ 01/11/2024 đến 22/11/2024 (cửa sổ: 28 ngày tính đến lần số liệu mới nhất): 0,2 điểm %/ngày. Ngày đạt = ngày số liệu mới nhất + ⌈(ngưỡng 79,995 − tỉ lệ mới nhất) ÷ tốc độ⌉ ngày.",
             "Pace = least-squares slope of the rate against days, over 4 snapshots from 01/11/2024 to 22/11/2024 (window: the 28 days up to the latest snapshot): 0.2 percentage points a day. Reach date = latest snapshot date + ⌈(threshold 79.995 − latest rate) ÷ pace⌉ days."),
            (method.Vietnamese, method.English));
    }

    [Fact]
    public void Compute_TwoSnapshotsOnOneDate_Throws() =>
        Assert.Throws<ArgumentException>(() => TargetForecast.Compute([Snap(0, 1, 2), Snap(0, 1, 3)], 80m, 2, null));

    private static IndicatorSnapshot Snap(int day, long numerator, long denominator) => new(Start.AddDays(day), numerator, denominator);
}
