using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.App.Tests.Indicators;

/// <summary>
/// Non-cash payment figures of seven Bình Sơn communes for one period, as a district office types them (names loosely),
/// with every rate worked out by hand below. The other 15 communes of the district report nothing.
/// </summary>
/// <remarks>
/// <code>
/// commune (code)          BTXH ben/paid    NCC ben/paid   total            shown     note
/// Xã Bình Long (21088)     2500 / 2279       0 / 0         2279/2500  .9116   91,16%
/// Xã Bình Trung (21082)   50000 / 45572      –             .91144            91,14%    same shown as Châu Ổ, higher exact rate
/// Thị trấn Châu Ổ (21040) 12000 / 10935   8000 / 7292      18227/20000 .91135 91,14%    half up; BTXH .91125 → 91,13%
/// Xã Bình Nguyên (21055)  20000 / 7999       –             .39995            40,00%    meets 40% as shown
/// Xã Bình Dương (21070)   10000 / 3999       –             .3999             39,99%
/// Xã Bình Thạnh (21046)     400 / 100      100 / 90        190/500           38,00%    BTXH 25,00%, NCC 90,00%
/// Xã Bình Chánh (21052)       0 / 0          0 / 0         0/0               —
/// total                   94900 / 70884   8100 / 7382      78266/103000      75,99%    BTXH 74,69%, NCC 91,14%
/// </code>
/// </remarks>
internal static class BinhSonFigures
{
    public const string Header = "unit,data_element,period,value";

    /// <summary>Codes of the communes without figures, in Vietnamese alphabetical order, with Bình Chánh (0/0) among them.</summary>
    public static readonly string[] NoRateInNameOrder =
    [
        "21064", "21052", "21112", "21100", "21049", "21067", "21103", "21079", "21058", "21085", "21106", "21073", "21109", "21091", "21043", "21061",
    ];

    public static string[] Lines(string period) =>
    [
        Header,
        $"Xã Bình Long,{SocialProtectionBeneficiaries},{period},2500",
        $"xa binh long,{SocialProtectionPaidByAccount},{period},2.279",
        $"Xã Bình Long,{MeritoriousBeneficiaries},{period},0",
        $"Xã Bình Long,{MeritoriousPaidByAccount},{period},0",
        $"binh trung,{SocialProtectionBeneficiaries},{period},50000",
        $"Bình Trung,{SocialProtectionPaidByAccount},{period},45 572",
        $"Thị trấn Châu Ô,{SocialProtectionBeneficiaries},{period},12000",
        $"Thị trấn Châu Ô,{SocialProtectionPaidByAccount},{period},10935",
        $"Châu Ổ,{MeritoriousBeneficiaries},{period},8000",
        $"Châu Ổ,{MeritoriousPaidByAccount},{period},7292",
        $"21055,{SocialProtectionBeneficiaries},{period},20000",
        $"21055,{SocialProtectionPaidByAccount},{period},7999",
        $"Xã Bình Dương,{SocialProtectionBeneficiaries},{period},10000",
        $"Xã Bình Dương,{SocialProtectionPaidByAccount},{period},3999",
        $"Xã Bình Thạnh,{SocialProtectionBeneficiaries},{period},400",
        $"Xã Bình Thạnh,{SocialProtectionPaidByAccount},{period},100",
        $"Xã Bình Thạnh,{MeritoriousBeneficiaries},{period},100",
        $"Xã Bình Thạnh,{MeritoriousPaidByAccount},{period},90",
        $"Binh Chanh,{SocialProtectionBeneficiaries},{period},0",
        $"Binh Chanh,{SocialProtectionPaidByAccount},{period},0",
        $"Binh Chanh,{MeritoriousBeneficiaries},{period},0",
        $"Binh Chanh,{MeritoriousPaidByAccount},{period},0",
    ];

    /// <summary>The CSV header of a non-cash report.</summary>
    public const string CsvHeader =
        "unit_code,unit_name,status," +
        "social_protection.beneficiaries,social_protection.paid_by_account,meritorious.beneficiaries,meritorious.paid_by_account," +
        "noncash_payment_rate,noncash_payment_rate.social_protection,noncash_payment_rate.meritorious";

    /// <summary>The CSV rows of the communes that reported, in report order (completed first, then by exact rate).</summary>
    public static readonly string[] CsvRowsWithRates =
    [
        "21088,Xã Bình Long,completed,2500,2279,0,0,\"91,16%\",\"91,16%\",—",
        "21082,Xã Bình Trung,completed,50000,45572,,,\"91,14%\",\"91,14%\",—",
        "21040,Thị trấn Châu Ổ,completed,12000,10935,8000,7292,\"91,14%\",\"91,13%\",\"91,15%\"",
        "21055,Xã Bình Nguyên,completed,20000,7999,,,\"40,00%\",\"40,00%\",—",
        "21070,Xã Bình Dương,not_completed,10000,3999,,,\"39,99%\",\"39,99%\",—",
        "21046,Xã Bình Thạnh,not_completed,400,100,100,90,\"38,00%\",\"25,00%\",\"90,00%\"",
    ];
}
