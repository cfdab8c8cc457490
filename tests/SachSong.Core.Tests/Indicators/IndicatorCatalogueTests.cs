using SachSong.Core.Indicators;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.Core.Tests.Indicators;

public sealed class IndicatorCatalogueTests
{
    private static readonly BilingualText Name = new("Tên", "Name");

    [Fact]
    public void BuiltIn_HasTheIssueCodesInOrder()
    {
        var catalogue = BuiltInIndicators.Catalogue;

        Assert.Equal(
            ["social_protection.beneficiaries", "social_protection.paid_by_account", "meritorious.beneficiaries", "meritorious.paid_by_account",
             "children_under6.total", "children_under6.cards_issued", "children_6to14.total", "children_6to14.cards_issued",
             "eid.cards_issued", "eid.authenticated", "eid.activated", "workers.working_age", "workers.forms_collected", "workers.forms_updated",
             "noncash_payment_rate", "id_card_rate_under6", "id_card_rate_6to14", "eid_authentication_rate", "eid_activation_rate", "worker_update_rate"],
            catalogue.Elements.Select(e => e.Code).Concat(catalogue.Indicators.Select(i => i.Code)));
    }

    [Theory]
    [InlineData("noncash_payment_rate", "social_protection.paid_by_account+meritorious.paid_by_account", "social_protection.beneficiaries+meritorious.beneficiaries", 2, 40)]
    [InlineData("id_card_rate_under6", "children_under6.cards_issued", "children_under6.total", 1, 100)]
    [InlineData("id_card_rate_6to14", "children_6to14.cards_issued", "children_6to14.total", 1, 100)]
    [InlineData("eid_authentication_rate", "eid.authenticated", "eid.cards_issued", 2, 80)]
    [InlineData("eid_activation_rate", "eid.activated", "eid.authenticated", 2, 90)]
    [InlineData("worker_update_rate", "workers.forms_updated", "workers.working_age", 2, 100)]
    public void BuiltIn_Indicator_HasTheIssueFormulaDecimalsAndTarget(string code, string numerator, string denominator, int decimals, int target)
    {
        var i = BuiltInIndicators.Catalogue.GetIndicator(code);

        Assert.Equal((numerator, denominator, decimals, (decimal?)target, IndicatorDirection.HigherIsBetter),
            (string.Join('+', i.Numerator), string.Join('+', i.Denominator), i.Decimals, i.TargetPercent, i.Direction));
    }

    [Fact]
    public void BuiltIn_Headers_UseTheSteeringLetterWording()
    {
        var c = BuiltInIndicators.Catalogue;

        Assert.Equal(
            ["Số liệu", "Chi trả tài khoản", "Tổng", "Đã cấp", "Đã cấp CCCD", "Đã xác thực định danh", "Tổng đã kích hoạt",
             "Tỉ lệ đã cấp", "Tỉ lệ xác thực định danh", "Tỉ lệ kích hoạt định danh điện tử", "Đạt tỉ lệ", "Chưa cấp"],
            [c.GetElement(SocialProtectionBeneficiaries).Header.Vietnamese, c.GetElement(SocialProtectionPaidByAccount).Header.Vietnamese,
             c.GetElement(ChildrenUnder6Total).Header.Vietnamese, c.GetElement(ChildrenUnder6CardsIssued).Header.Vietnamese,
             c.GetElement(EidCardsIssued).Header.Vietnamese, c.GetElement(EidAuthenticated).Header.Vietnamese, c.GetElement(EidActivated).Header.Vietnamese,
             c.GetIndicator(IdCardRateUnder6).Header.Vietnamese, c.GetIndicator(EidAuthenticationRate).Header.Vietnamese,
             c.GetIndicator(EidActivationRate).Header.Vietnamese, c.GetIndicator(NoncashPaymentRate).Parts[0].RateHeader.Vietnamese,
             c.GetIndicator(IdCardRateUnder6).GapHeader!.Value.Vietnamese]);
    }

    [Theory]
    [InlineData(SocialProtectionPaidByAccount, SocialProtectionBeneficiaries)]
    [InlineData(MeritoriousPaidByAccount, MeritoriousBeneficiaries)]
    [InlineData(ChildrenUnder6CardsIssued, ChildrenUnder6Total)]
    [InlineData(Children6To14CardsIssued, Children6To14Total)]
    [InlineData(EidAuthenticated, EidCardsIssued)]
    [InlineData(EidActivated, EidAuthenticated)]
    [InlineData(WorkersFormsUpdated, WorkersFormsCollected)]
    public void CheckPartOf_PartAboveItsWhole_IsAViolation(string part, string whole)
    {
        var values = new Dictionary<string, long> { [part] = 101, [whole] = 100 };

        var violations = BuiltInIndicators.Catalogue.CheckPartOf(values);

        Assert.Equal([(part, 101L, whole, 100L)], violations.Select(v => (v.Part.Code, v.Value, v.Whole.Code, v.WholeValue)));
    }

    [Fact]
    public void CheckPartOf_PartEqualToWhole_IsFine() =>
        Assert.Empty(BuiltInIndicators.Catalogue.CheckPartOf(new Dictionary<string, long> { [EidAuthenticated] = 100, [EidCardsIssued] = 100 }));

    [Fact]
    public void CheckPartOf_MoreFormsCollectedThanWorkingAgePeople_IsAllowed() =>
        Assert.Empty(BuiltInIndicators.Catalogue.CheckPartOf(new Dictionary<string, long>
        {
            [WorkersWorkingAge] = 1000,
            [WorkersFormsCollected] = 1100,
            [WorkersFormsUpdated] = 1050,
        }));

    [Fact]
    public void CheckPartOf_MissingMiddleElement_ComparesWithTheNearestReportedAncestor()
    {
        var values = new Dictionary<string, long> { [EidActivated] = 120, [EidCardsIssued] = 100 };

        var violation = Assert.Single(BuiltInIndicators.Catalogue.CheckPartOf(values));

        Assert.Equal((EidActivated, EidCardsIssued), (violation.Part.Code, violation.Whole.Code));
    }

    [Fact]
    public void CheckPartOf_Violation_NamesBothElementsWithVietnameseNumbers()
    {
        var values = new Dictionary<string, long> { [SocialProtectionPaidByAccount] = 1250, [SocialProtectionBeneficiaries] = 1200 };

        var message = Assert.Single(BuiltInIndicators.Catalogue.CheckPartOf(values)).Message;

        Assert.Equal(
            ("Đối tượng bảo trợ xã hội chi trả qua tài khoản (1.250) lớn hơn Đối tượng bảo trợ xã hội (1.200): số liệu thành phần không được vượt số liệu tổng.",
             "Social-protection beneficiaries paid through an account (1,250) is more than Social-protection beneficiaries (1,200): a part cannot exceed its whole."),
            (message.Vietnamese, message.English));
    }

    [Fact]
    public void Check_UnknownElementsCyclesAndDuplicates_AreAllReported()
    {
        DataElement[] elements =
        [
            new("a.x", Name, Name, "a.y"), new("a.y", Name, Name, "a.x"), new("a.z", Name, Name, "a.missing"), new("a.x", Name, Name),
        ];
        Indicator[] indicators = [new("r", Name, Name, ["a.x"], ["a.nope"], 2)];

        var problems = IndicatorCatalogue.Check(elements, indicators);

        Assert.Equal(
            [InputProblemCodes.DuplicateCode, InputProblemCodes.UnknownElement, InputProblemCodes.PartOfCycle, InputProblemCodes.PartOfCycle,
             InputProblemCodes.UnknownElement],
            problems.Select(p => p.Code));
    }

    [Fact]
    public void Constructor_InvalidDefinitions_Throws() =>
        Assert.Throws<ArgumentException>(() => new IndicatorCatalogue([new DataElement("a.x", Name, Name)], [new Indicator("r", Name, Name, ["a.x"], ["a.y"], 2)]));

    [Fact]
    public void With_UserElementAndIndicator_AddsThemAndReplacesABuiltInByCode()
    {
        var members = new DataElement("association.members", new("Hội viên", "Members"), new("Tổng", "Total"));
        var matched = new DataElement("association.matched", new("Hội viên đã đối sánh", "Members matched"), new("Đã đối sánh", "Matched"), "association.members");
        var rate = new Indicator("association_match_rate", new("Tỉ lệ đối sánh hội viên", "Member match rate"), new("Tỉ lệ", "Rate"),
            ["association.matched"], ["association.members"], 2, 95m);
        var stricter = new Indicator(NoncashPaymentRate, new("Chi trả không dùng tiền mặt", "Non-cash"), new("Tỉ lệ", "Rate"),
            [SocialProtectionPaidByAccount], [SocialProtectionBeneficiaries], 2, 60m);

        var catalogue = BuiltInIndicators.Catalogue.With([members, matched], [rate, stricter]);

        Assert.Equal((16, 7, 60m, "association_match_rate"),
            (catalogue.Elements.Count, catalogue.Indicators.Count, catalogue.Indicators[0].TargetPercent, catalogue.Indicators[^1].Code));
    }

    [Theory]
    [InlineData("eid.authenticated", true)]
    [InlineData("children_6to14.total", true)]
    [InlineData("Eid.x", false)]
    [InlineData("eid..x", false)]
    [InlineData("eid.", false)]
    [InlineData("1eid", false)]
    [InlineData("eid-x", false)]
    [InlineData("", false)]
    public void IsValid_Codes_FollowTheRule(string code, bool valid) =>
        Assert.Equal(valid, IndicatorCodes.IsValid(code));
}
