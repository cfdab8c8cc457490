using FsCheck;
using FsCheck.Fluent;
using SachSong.Core.Linkage;

namespace SachSong.Core.Tests.Linkage;

public sealed class StringSimilarityTests
{
    [Fact]
    public void JaroWinkler_AnyTwoStrings_IsSymmetric() =>
        Prop.ForAll<NonNull<string>, NonNull<string>>((a, b) =>
                StringSimilarity.JaroWinkler(a.Get, b.Get) == StringSimilarity.JaroWinkler(b.Get, a.Get))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void JaroWinkler_AnyTwoStrings_IsWithinZeroAndOne() =>
        Prop.ForAll<NonNull<string>, NonNull<string>>((a, b) =>
            {
                var s = StringSimilarity.JaroWinkler(a.Get, b.Get);
                return s >= 0 && s <= 1;
            })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void JaroWinkler_StringWithItself_IsOne() =>
        Prop.ForAll<NonNull<string>>(a => StringSimilarity.JaroWinkler(a.Get, a.Get) == 1.0).QuickCheckThrowOnFailure();

    [Fact]
    public void DamerauLevenshtein_AnyTwoStrings_IsSymmetricAndZeroOnlyForEqualStrings() =>
        Prop.ForAll<NonNull<string>, NonNull<string>>((a, b) =>
            {
                var d = StringSimilarity.DamerauLevenshtein(a.Get, b.Get);
                return d == StringSimilarity.DamerauLevenshtein(b.Get, a.Get) && (d == 0) == string.Equals(a.Get, b.Get, StringComparison.Ordinal);
            })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void DamerauLevenshtein_WithLimit_NeverUnderstatesTheDistance() =>
        Prop.ForAll<NonNull<string>, NonNull<string>>((a, b) =>
                Math.Min(StringSimilarity.DamerauLevenshtein(a.Get, b.Get), 2) == StringSimilarity.DamerauLevenshtein(a.Get, b.Get, 1) || StringSimilarity.DamerauLevenshtein(a.Get, b.Get) >= 2)
            .QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("nguyen van hung", "nguyen van hugn", 1)]
    [InlineData("nguyen van hung", "nguyen van hng", 1)]
    [InlineData("thuy", "thuy", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("ca", "abc", 3)]
    public void DamerauLevenshtein_Examples(string a, string b, int expected) =>
        Assert.Equal(expected, StringSimilarity.DamerauLevenshtein(a, b));

    [Fact]
    public void JaroWinkler_ClassicExample_MatchesThePublishedValue() =>
        Assert.Equal(0.961, StringSimilarity.JaroWinkler("martha", "marhta"), 3);
}
