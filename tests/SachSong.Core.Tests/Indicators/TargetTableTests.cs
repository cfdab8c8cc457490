using SachSong.Core.Indicators;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.Core.Tests.Indicators;

public sealed class TargetTableTests
{
    private static readonly Indicator Noncash = BuiltInIndicators.Catalogue.GetIndicator(NoncashPaymentRate);
    private static readonly DateOnly Dec15 = new(2024, 12, 15);

    private static readonly TargetTable Targets = new(
    [
        new IndicatorTarget(NoncashPaymentRate, 45m, Dec15, period: Period.OfYear(2024)),
        new IndicatorTarget(NoncashPaymentRate, 42m, Dec15, period: Period.OfQuarter(2024, 4)),
        new IndicatorTarget(NoncashPaymentRate, 30m, unitCode: "21046"),
        new IndicatorTarget(NoncashPaymentRate, 35m, unitCode: "21046", period: Period.OfYear(2024)),
    ]);

    [Theory]
    [InlineData("21040", "2024-11", 42)]   // the quarter is narrower than the year
    [InlineData("21040", "2024-03", 45)]   // only the year covers March
    [InlineData("21040", "2025-01", 40)]   // nothing covers 2025: the indicator's default
    [InlineData("21046", "2024-11", 35)]   // a unit's own target beats targets for every unit
    [InlineData("21046", "2025-01", 30)]
    [InlineData("21040", "2024", 45)]
    [InlineData("21040", "2024W47", 42)]
    public void Resolve_PicksTheUnitsOwnThenTheNarrowestPeriod(string unit, string period, int expected) =>
        Assert.Equal(expected, Targets.Resolve(Noncash, unit, Period.Parse(period).Value)!.Percent);

    [Fact]
    public void Resolve_UserTarget_CarriesItsDeadline() =>
        Assert.Equal(Dec15, Targets.Resolve(Noncash, "21040", Period.OfMonth(2024, 11))!.Deadline);

    [Fact]
    public void Resolve_IndicatorWithoutDefault_IsNull()
    {
        var noTarget = new Indicator("x", new("a", "a"), new("a", "a"), ["a.b"], ["a.c"], 2);

        Assert.Null(TargetTable.Empty.Resolve(noTarget, "21040", Period.OfYear(2024)));
    }

    [Fact]
    public void Constructor_TwoTargetsForTheSameKey_Throws() =>
        Assert.Throws<ArgumentException>(() => new TargetTable(
        [
            new IndicatorTarget(NoncashPaymentRate, 40m, unitCode: "1"), new IndicatorTarget(NoncashPaymentRate, 50m, unitCode: "1"),
        ]));
}
