using SachSong.App.Indicators;
using SachSong.Core.Indicators;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.App.Tests.Indicators;

public sealed partial class IndicatorReportsTests
{
    private static readonly string[] NoncashElements =
        [SocialProtectionBeneficiaries, SocialProtectionPaidByAccount, MeritoriousBeneficiaries, MeritoriousPaidByAccount];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NotReportedAsync_AfterTheDueDay_ListsTheCommunesWithoutTheseFiguresAndHowLateTheyAre(string provider)
    {
        await using var test = await CreateAsync(provider);
        await ImportAsync(test, Csv("mot-phan.csv",
            BinhSonFigures.Header,
            $"Xã Bình Long,{SocialProtectionBeneficiaries},2024Q4,10",
            $"Xã Bình Thạnh,{MeritoriousBeneficiaries},2024Q4,0",
            $"Thị trấn Châu Ổ,{EidCardsIssued},2024Q4,5",
            $"Xã Bình An,{SocialProtectionBeneficiaries},2024Q3,5"));
        _clock.MoveTo(new DateOnly(2025, 1, 20));

        var late = await NotReportedAsync(test, Old, "524", Q4);

        // Châu Ổ reported only an e-ID figure and Bình An only the previous quarter: both are still missing.
        string[] codes =
        [
            "21040", "21064", "21052", "21112", "21100", "21070", "21049", "21067", "21103", "21079", "21058", "21085", "21106", "21055",
            "21073", "21109", "21091", "21043", "21061", "21082",
        ];
        Assert.Equal(codes.Select(c => (c, new DateOnly(2025, 1, 5), 15)), late.Select(u => (u.Unit.Code, u.Due, u.DaysLate)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NotReportedAsync_BeforeTheDueDay_ListsTheCommunesAsNotLateYet(string provider)
    {
        await using var test = await CreateAsync(provider);
        _clock.MoveTo(new DateOnly(2025, 1, 3));

        var late = await NotReportedAsync(test, Old, "524", Q4);

        Assert.Equal((22, new DateOnly(2025, 1, 5), 0), (late.Count, late.Select(u => u.Due).Distinct().Single(), late.Max(u => u.DaysLate)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NotReportedAsync_NewCommuneWhoseOldCommuneReported_CountsAsReported(string provider)
    {
        await using var test = await CreateAsync(provider);
        await ImportAsync(test, Csv("q3.csv", BinhSonFigures.Header, $"Xã Bình Long,{SocialProtectionBeneficiaries},2025Q3,10"));
        _clock.MoveTo(new DateOnly(2025, 10, 8));

        var late = await NotReportedAsync(test, "2025-07", "51", Period.OfQuarter(2025, 3));

        Assert.Equal([("21100", 3), ("21085", 3), ("21109", 3), ("21061", 3)], late.Select(u => (u.Unit.Code, u.DaysLate)));
    }

    private async Task<IReadOnlyList<LateUnit>> NotReportedAsync(TestDatabase test, string version, string parentCode, Period period)
    {
        var units = await UnitDirectory.LoadAsync(test.Database, TestContext.Current.CancellationToken);
        return await new IndicatorReports(test.Database, _clock)
            .NotReportedAsync(units.Find(version, parentCode)!, period, NoncashElements, 5, TestContext.Current.CancellationToken);
    }
}
