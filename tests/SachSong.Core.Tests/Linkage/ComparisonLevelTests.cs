using FsCheck;
using FsCheck.Fluent;
using SachSong.Core.Linkage;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Linkage;

public sealed class ComparisonLevelTests
{
    private static readonly LinkageSpec NameSpec = new(
        [new ComparisonSpec("name", "name", "name", ComparisonKind.Text)], [], []);

    private static int NameLevel(string a, string b)
    {
        var tokens = new TokenTable();
        var left = new TextColumn("name", tokens);
        var right = new TextColumn("name", tokens);
        left.Add(a);
        right.Add(b);
        return new Linker(NameSpec, new LinkageTable([left]), new LinkageTable([right])).Level(0, 0, 0);
    }

    [Theory]
    [InlineData("Nguyễn Văn Hùng", "NGUYỄN  VĂN HÙNG", 0)]
    [InlineData("Lê Thị Hòa", "Lê Thị Hoà", 0)]
    [InlineData("Trần Quý", "Trần Qúy", 0)]
    [InlineData("Đặng Thị Thủy", "Dang Thi Thuy", 1)]
    [InlineData("Nguyễn Văn Hùng", "Hùng Nguyễn Văn", 2)]
    [InlineData("Nguyễn Văn Hùng", "Nguyễn Văn Hùnh", 3)]
    [InlineData("Nguyễn Văn Hùng", "Phạm Thị Lan", 6)]
    [InlineData("Nguyễn Văn Hùng", "", -1)]
    public void TextLevel_VietnameseNames(string a, string b, int expected) => Assert.Equal(expected, NameLevel(a, b));

    [Fact]
    public void TextLevel_NameWithItself_IsExact() =>
        Prop.ForAll<NonNull<string>>(a => NameLevel(a.Get, a.Get) is 0 or -1).QuickCheckThrowOnFailure();

    [Fact]
    public void TextLevel_AnyTwoNames_IsSymmetric() =>
        Prop.ForAll<NonNull<string>, NonNull<string>>((a, b) => NameLevel(a.Get, b.Get) == NameLevel(b.Get, a.Get)).QuickCheckThrowOnFailure();

    [Fact]
    public void MatchKey_AppliedTwice_IsUnchanged() =>
        Prop.ForAll<NonNull<string>>(a => string.Equals(VietnameseText.MatchKey(VietnameseText.MatchKey(a.Get)), VietnameseText.MatchKey(a.Get), StringComparison.Ordinal))
            .QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("05/03/1950", "05/03/1950", 0)]
    [InlineData("1950", "05/03/1950", 1)]
    [InlineData("03/1950", "05/03/1950", 1)]
    [InlineData("03/05/1950", "05/03/1950", 2)]
    [InlineData("05/03/1951", "05/03/1950", 3)]
    [InlineData("07/08/1950", "05/03/1950", 4)]
    [InlineData("07/08/1960", "05/03/1950", 5)]
    public void DateLevel_PartialAndSwappedDates(string a, string b, int expected)
    {
        static int Pack(string s) => DateColumn.Pack(DateParser.Parse(s, DateOnly.MaxValue).Value);

        Assert.Equal((expected, expected), (PairComparer.DateLevel(Pack(a), Pack(b)), PairComparer.DateLevel(Pack(b), Pack(a))));
    }

    [Theory]
    [InlineData(51093128378L, 51093128378L, 2)]
    [InlineData(51093128378L, 51093128379L, 2)]
    [InlineData(51093128378L, 51093123878L, 3)]
    [InlineData(51093128378L, 51093128733L, 4)]
    public void DigitDifference_OneDigitAndTransposition(long a, long b, int expected)
    {
        var level = a == b ? 2 : PairComparer.DigitDifference(a, b, 12);

        Assert.Equal(expected, level);
    }

    [Fact]
    public void DateLevel_AnyTwoDates_IsSymmetricAndWithinTheLevels() =>
        Prop.ForAll(Gen.Choose(18000101, 20251231).ToArbitrary(), Gen.Choose(18000101, 20251231).ToArbitrary(), (a, b) =>
            {
                var x = PairComparer.DateLevel(a, b);
                return x == PairComparer.DateLevel(b, a) && x is >= 0 and <= 5 && (a != b || PairComparer.DateLevel(a, a) <= 1);
            })
            .QuickCheckThrowOnFailure();
}
