using SachSong.Core.Synthetic;

namespace SachSong.Core.Tests.Synthetic;

public sealed class ToneStyleTests
{
    [Theory]
    [InlineData("Nguyễn Văn Hòa", "Nguyễn Văn Hoà")]
    [InlineData("Lê Thị Thủy", "Lê Thị Thuỷ")]
    [InlineData("Trần Thùy Hoè", "Trần Thuỳ Hòe")]
    [InlineData("Võ Thị Thuý", "Võ Thị Thúy")]
    public void Swap_NameWithOpenSyllable_MovesTheToneMark(string name, string expected) =>
        Assert.Equal(expected, ToneStyle.Swap(name));

    [Theory]
    [InlineData("Phạm Văn Quý")]
    [InlineData("Huỳnh Minh Hoàng")]
    [InlineData("Đặng Thị Loan")]
    public void CanSwap_NameWithoutSuchSyllable_IsFalse(string name) => Assert.False(ToneStyle.CanSwap(name));

    [Fact]
    public void ToOld_MixedName_LeavesOldStyleAlone() =>
        Assert.Equal("Hồ Thuỷ Hoà", ToneStyle.ToOld("Hồ Thuỷ Hòa"));
}
