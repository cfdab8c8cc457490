namespace SachSong.Core.Indicators;

/// <summary>
/// The default data elements and indicators of Project 06 steering, worded as the district steering letters word them
/// (e.g. Bình Sơn's 2024 letter on the four groups of tasks). Users extend or override them with
/// <see cref="IndicatorCatalogue.With"/>.
/// </summary>
/// <remarks>
/// Part-of rules: paid by account ≤ beneficiaries; cards issued ≤ the children counted; e-ID authenticated ≤ ID cards
/// issued; activated ≤ authenticated; worker forms updated ≤ forms collected. Worker forms collected are deliberately
/// <b>not</b> a part of the working-age count: forms are collected from everyone aged 15 and over who lives in the
/// commune and works (including people past working age and temporary residents), and the working-age count comes from
/// another source and date, so more forms than working-age people is possible and must not be rejected. For the same
/// reason the worker update rate may exceed 100%.
/// </remarks>
public static class BuiltInIndicators
{
    public const string SocialProtectionBeneficiaries = "social_protection.beneficiaries";
    public const string SocialProtectionPaidByAccount = "social_protection.paid_by_account";
    public const string MeritoriousBeneficiaries = "meritorious.beneficiaries";
    public const string MeritoriousPaidByAccount = "meritorious.paid_by_account";
    public const string ChildrenUnder6Total = "children_under6.total";
    public const string ChildrenUnder6CardsIssued = "children_under6.cards_issued";
    public const string Children6To14Total = "children_6to14.total";
    public const string Children6To14CardsIssued = "children_6to14.cards_issued";
    public const string EidCardsIssued = "eid.cards_issued";
    public const string EidAuthenticated = "eid.authenticated";
    public const string EidActivated = "eid.activated";
    public const string WorkersWorkingAge = "workers.working_age";
    public const string WorkersFormsCollected = "workers.forms_collected";
    public const string WorkersFormsUpdated = "workers.forms_updated";

    public const string NoncashPaymentRate = "noncash_payment_rate";
    public const string IdCardRateUnder6 = "id_card_rate_under6";
    public const string IdCardRate6To14 = "id_card_rate_6to14";
    public const string EidAuthenticationRate = "eid_authentication_rate";
    public const string EidActivationRate = "eid_activation_rate";
    public const string WorkerUpdateRate = "worker_update_rate";

    private static readonly BilingualText Count = new("Số liệu", "Beneficiaries");
    private static readonly BilingualText PaidByAccount = new("Chi trả tài khoản", "Paid by account");
    private static readonly BilingualText Total = new("Tổng", "Total");
    private static readonly BilingualText Issued = new("Đã cấp", "Issued");

    /// <summary>The 14 built-in data elements, in report order.</summary>
    public static IReadOnlyList<DataElement> Elements { get; } =
    [
        new(SocialProtectionBeneficiaries, new("Đối tượng bảo trợ xã hội", "Social-protection beneficiaries"), Count),
        new(SocialProtectionPaidByAccount,
            new("Đối tượng bảo trợ xã hội chi trả qua tài khoản", "Social-protection beneficiaries paid through an account"),
            PaidByAccount, SocialProtectionBeneficiaries),
        new(MeritoriousBeneficiaries, new("Đối tượng người có công", "Beneficiaries with meritorious service"), Count),
        new(MeritoriousPaidByAccount,
            new("Đối tượng người có công chi trả qua tài khoản", "Beneficiaries with meritorious service paid through an account"),
            PaidByAccount, MeritoriousBeneficiaries),
        new(ChildrenUnder6Total, new("Công dân dưới 6 tuổi", "Citizens under 6"), Total),
        new(ChildrenUnder6CardsIssued, new("Công dân dưới 6 tuổi đã được cấp Căn cước", "Citizens under 6 issued an identity card"),
            Issued, ChildrenUnder6Total),
        new(Children6To14Total, new("Công dân từ 6 đến dưới 14 tuổi", "Citizens aged 6 to under 14"), Total),
        new(Children6To14CardsIssued,
            new("Công dân từ 6 đến dưới 14 tuổi đã được cấp Căn cước", "Citizens aged 6 to under 14 issued an identity card"),
            Issued, Children6To14Total),
        new(EidCardsIssued, new("Công dân đã được cấp CCCD", "Citizens issued an identity card"), new("Đã cấp CCCD", "ID cards issued")),
        new(EidAuthenticated,
            new("Tài khoản định danh điện tử mức 2 đã được xác thực", "Level-2 e-ID accounts authenticated"),
            new("Đã xác thực định danh", "e-ID authenticated"), EidCardsIssued),
        new(EidActivated,
            new("Tài khoản định danh điện tử mức 2 đã được kích hoạt", "Level-2 e-ID accounts activated"),
            new("Tổng đã kích hoạt", "Total activated"), EidAuthenticated),
        new(WorkersWorkingAge, new("Người trong độ tuổi lao động", "People of working age"),
            new("Số người trong độ tuổi lao động", "Working-age people")),
        new(WorkersFormsCollected, new("Phiếu thông tin người lao động đã thu thập", "Worker forms collected"),
            new("Phiếu đã thu thập", "Forms collected")),
        new(WorkersFormsUpdated,
            new("Phiếu thông tin người lao động đã cập nhật vào CSDLQG về dân cư", "Worker forms updated onto the population register"),
            new("Phiếu đã cập nhật", "Forms updated"), WorkersFormsCollected),
    ];

    /// <summary>The 6 built-in indicators with their national targets (no default deadline: deadlines are per period, see <see cref="TargetTable"/>).</summary>
    public static IReadOnlyList<Indicator> Indicators { get; } =
    [
        new(NoncashPaymentRate,
            new("Tỉ lệ chi trả không dùng tiền mặt đối với đối tượng hưởng chính sách an sinh xã hội",
                "Non-cash payment rate of social-protection and meritorious-service beneficiaries"),
            new("Tổng tỉ lệ chi trả qua tài khoản", "Total paid by account"),
            [SocialProtectionPaidByAccount, MeritoriousPaidByAccount], [SocialProtectionBeneficiaries, MeritoriousBeneficiaries],
            decimals: 2, targetPercent: 40m,
            parts:
            [
                new("social_protection", new("Đối tượng Bảo trợ xã hội", "Social-protection beneficiaries"), new("Đạt tỉ lệ", "Rate"),
                    [SocialProtectionPaidByAccount], [SocialProtectionBeneficiaries]),
                new("meritorious", new("Đối tượng Người có công", "Meritorious-service beneficiaries"), new("Đạt tỉ lệ", "Rate"),
                    [MeritoriousPaidByAccount], [MeritoriousBeneficiaries]),
            ]),
        new(IdCardRateUnder6,
            new("Tỉ lệ cấp Căn cước cho công dân dưới 6 tuổi", "Identity-card rate of citizens under 6"),
            new("Tỉ lệ đã cấp", "Issued rate"),
            [ChildrenUnder6CardsIssued], [ChildrenUnder6Total], decimals: 1, targetPercent: 100m,
            gapHeader: new BilingualText("Chưa cấp", "Not yet issued")),
        new(IdCardRate6To14,
            new("Tỉ lệ cấp Căn cước cho công dân từ 6 đến dưới 14 tuổi", "Identity-card rate of citizens aged 6 to under 14"),
            new("Tỉ lệ đã cấp", "Issued rate"),
            [Children6To14CardsIssued], [Children6To14Total], decimals: 1, targetPercent: 100m,
            gapHeader: new BilingualText("Chưa cấp", "Not yet issued")),
        new(EidAuthenticationRate,
            new("Tỉ lệ xác thực định danh điện tử mức 2", "Level-2 e-ID authentication rate"),
            new("Tỉ lệ xác thực định danh", "Authentication rate"),
            [EidAuthenticated], [EidCardsIssued], decimals: 2, targetPercent: 80m),
        new(EidActivationRate,
            new("Tỉ lệ kích hoạt tài khoản định danh điện tử", "e-ID account activation rate"),
            new("Tỉ lệ kích hoạt định danh điện tử", "Activation rate"),
            [EidActivated], [EidAuthenticated], decimals: 2, targetPercent: 90m),
        new(WorkerUpdateRate,
            new("Tỉ lệ cập nhật thông tin người lao động", "Worker information update rate"),
            new("Tỉ lệ cập nhật", "Update rate"),
            [WorkersFormsUpdated], [WorkersWorkingAge], decimals: 2, targetPercent: 100m,
            parts:
            [
                new("collected", new("Thu thập phiếu", "Form collection"), new("Tỉ lệ thu thập", "Collected rate"),
                    [WorkersFormsCollected], [WorkersWorkingAge]),
            ]),
    ];

    /// <summary>The built-in elements and indicators as a catalogue.</summary>
    public static IndicatorCatalogue Catalogue { get; } = new(Elements, Indicators);
}
