using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Hoà", "hòa")]
    [InlineData("Thuỷ", "Thủy")]
    [InlineData("quý", "qúy")]
    [InlineData("Nguyễn  Văn\tHoà ", "nguyễn văn hòa")]
    [InlineData("HOÀNG THỊ THUỶ", "Hoàng Thị Thủy")]
    public void MatchKey_OldAndNewTonePlacement_AreEqual(string a, string b) =>
        Assert.Equal(VietnameseText.MatchKey(a), VietnameseText.MatchKey(b));

    [Theory]
    [InlineData("Hòa", "Hóa")]
    [InlineData("Thanh", "Thạnh")]
    [InlineData("Bình Thanh", "Bình Thành")]
    public void MatchKey_DifferentTones_StayDifferent(string a, string b) =>
        Assert.NotEqual(VietnameseText.MatchKey(a), VietnameseText.MatchKey(b));

    [Fact]
    public void Clean_DecomposedInput_BecomesNfc()
    {
        var decomposed = "Nguyễn Văn Hùng".Normalize(NormalizationForm.FormD);

        var cleaned = VietnameseText.Clean(decomposed);

        Assert.Equal(("Nguyễn Văn Hùng", true), (cleaned, cleaned.IsNormalized(NormalizationForm.FormC)));
    }

    [Theory]
    [InlineData("Đặng Thị Ngọc Ánh", "dang thi ngoc anh")]
    [InlineData("  Huỳnh\u00A0Văn  Ổn ", "huynh van on")]
    [InlineData("Thị trấn Châu Ổ", "thi tran chau o")]
    public void AccentFreeKey_RemovesEveryDiacritic(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.AccentFreeKey(input));

    [Fact]
    public void MatchKey_AnyText_IsIdempotent() =>
        Prop.ForAll<NonNull<string>>(s => VietnameseText.MatchKey(VietnameseText.MatchKey(s.Get)) == VietnameseText.MatchKey(s.Get))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void AccentFreeKey_AnyText_IsIdempotent() =>
        Prop.ForAll<NonNull<string>>(s => VietnameseText.AccentFreeKey(VietnameseText.AccentFreeKey(s.Get)) == VietnameseText.AccentFreeKey(s.Get))
            .QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("Nguyễn Văn Hùng", "Nguyễn", "Văn", "Hùng")]
    [InlineData("Tôn Nữ Thị Minh Châu", "Tôn", "Nữ Thị Minh", "Châu")]
    [InlineData("Lê Na", "Lê", "", "Na")]
    [InlineData("Hùng", "", "", "Hùng")]
    public void Split_FullName_GivesFamilyMiddleGiven(string full, string family, string middle, string given) =>
        Assert.Equal(new PersonName(family, middle, given), PersonName.Split(full));

    [Fact]
    public void TitleCase_UpperCaseName_BecomesRegisterStyle() =>
        Assert.Equal("Nguyễn Văn Hùng", VietnameseText.TitleCase("NGUYỄN VĂN HÙNG"));
}
