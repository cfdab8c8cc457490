using SachSong.Core.Synthetic;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Synthetic;

public sealed class NameErrorsTests
{
    [Theory]
    [InlineData("Đặng Thị Thủy", "Dang Thi Thuy")]
    [InlineData("NGUYỄN VĂN HÙNG", "NGUYEN VAN HUNG")]
    public void StripDiacritics_VietnameseName_KeepsCase(string name, string expected) =>
        Assert.Equal(expected, NameErrors.StripDiacritics(name));

    [Fact]
    public void Typo_AnyName_ChangesItByOneEditKeepingTheWords()
    {
        var random = new SyntheticRandom(1, 99);
        var names = new[] { "Nguyễn Văn Hùng", "Lê Thị A", "Hồ Bá Tư", "Nguyen Van Hung" };

        var typos = Enumerable.Range(0, 400).Select(i => (Name: names[i % names.Length], Typo: NameErrors.Typo(names[i % names.Length], random))).ToList();

        Assert.All(typos, t => Assert.True(
            t.Typo != t.Name && t.Typo.Split(' ').Length == t.Name.Split(' ').Length && Math.Abs(t.Typo.Length - t.Name.Length) <= 1
            && (VietnameseText.HasDiacritics(t.Name) || !VietnameseText.HasDiacritics(t.Typo)),
            $"{t.Name} → {t.Typo}"));
    }
}
