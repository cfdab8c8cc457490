using System.Globalization;
using SachSong.Core.Indicators;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.Core.Tests.Indicators;

public sealed class IndicatorTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly Indicator Noncash = BuiltInIndicators.Catalogue.GetIndicator(NoncashPaymentRate);
    private static readonly Indicator Under6 = BuiltInIndicators.Catalogue.GetIndicator(IdCardRateUnder6);

    [Theory]
    [InlineData(7999, 20000, TargetStatus.Met)]     // 39.995% shows as 40,00%
    [InlineData(39994, 100000, TargetStatus.NotMet)] // 39.994% shows as 39,99%
    [InlineData(8000, 20000, TargetStatus.Met)]
    [InlineData(0, 0, TargetStatus.NoData)]
    public void StatusOf_ComparesTheShownValue(long paid, long beneficiaries, TargetStatus expected) =>
        Assert.Equal(expected, Noncash.StatusOf(new Rate(paid, beneficiaries), Noncash.DefaultTarget));

    [Fact]
    public void StatusOf_Under6At99Point95_MeetsTheHundredPercentTargetAsShown() =>
        Assert.Equal((TargetStatus.Met, "100,0%"),
            (Under6.StatusOf(new Rate(1999, 2000), Under6.DefaultTarget), new Rate(1999, 2000).Format(Under6.Decimals, Vi)));

    [Fact]
    public void StatusOf_NoTarget_IsNoTarget() =>
        Assert.Equal(TargetStatus.NoTarget, Noncash.StatusOf(new Rate(1, 2), null));

    [Theory]
    [InlineData(50, 1000, TargetStatus.Met)]   // 5,00% ≤ 5%
    [InlineData(51, 1000, TargetStatus.NotMet)]
    public void StatusOf_LowerIsBetter_MeetsAtOrBelowTheTarget(long errors, long records, TargetStatus expected)
    {
        var errorRate = new Indicator("error_rate", new("Tỉ lệ lỗi", "Error rate"), new("Tỉ lệ lỗi", "Error rate"),
            ["records.errors"], ["records.total"], 2, 5m, direction: IndicatorDirection.LowerIsBetter);

        Assert.Equal(expected, errorRate.StatusOf(new Rate(errors, records), errorRate.DefaultTarget));
    }

    [Fact]
    public void Evaluate_Noncash_GivesTheCombinedRateAndEachGroupsOwn()
    {
        var values = new Dictionary<string, long>
        {
            [SocialProtectionBeneficiaries] = 1000,
            [SocialProtectionPaidByAccount] = 300,
            [MeritoriousBeneficiaries] = 200,
            [MeritoriousPaidByAccount] = 180,
        };

        var result = Noncash.Evaluate(values, Noncash.DefaultTarget);

        Assert.Equal(("40,00%", "30,00%", "90,00%", TargetStatus.Met),
            (result.Format(Vi), result.Parts[0].Rate.Format(2, Vi), result.Parts[1].Rate.Format(2, Vi), result.Status));
    }

    [Fact]
    public void Evaluate_MissingElements_CountAsZero() =>
        Assert.Equal(new Rate(0, 10), Under6.Evaluate(new Dictionary<string, long> { [ChildrenUnder6Total] = 10 }, null).Rate);

    [Fact]
    public void Elements_ListsWholesBeforePartsAndEachOnce() =>
        Assert.Equal(
            [SocialProtectionBeneficiaries, SocialProtectionPaidByAccount, MeritoriousBeneficiaries, MeritoriousPaidByAccount],
            Noncash.Elements);

    [Fact]
    public void Constructor_RepeatedElement_Throws() =>
        Assert.Throws<ArgumentException>(() => new Indicator("x", new("a", "a"), new("a", "a"), ["a.b", "a.b"], ["a.c"], 2));

    [Fact]
    public void Constructor_TooManyDecimals_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Indicator("x", new("a", "a"), new("a", "a"), ["a.b"], ["a.c"], 7));
}
