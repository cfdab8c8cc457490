using SachSong.Core.Access;

namespace SachSong.Core.Tests.Access;

public sealed class PasswordHashTests
{
    [Fact]
    public void Verify_ThePassword_IsTrue_AndAnotherIsFalse()
    {
        var hash = PasswordHash.Create("mật-khẩu-đúng", iterations: 1_000);

        Assert.True(PasswordHash.Verify("mật-khẩu-đúng", hash));
        Assert.False(PasswordHash.Verify("mat-khau-dung", hash));
        Assert.False(PasswordHash.Verify("", hash));
    }

    [Fact]
    public void Create_SamePasswordTwice_GivesDifferentSaltedHashes() =>
        Assert.NotEqual(PasswordHash.Create("abcdefghij", 1_000), PasswordHash.Create("abcdefghij", 1_000));

    [Fact]
    public void Create_Default_UsesPbkdf2Sha512WithTheOwaspWorkFactor()
    {
        var hash = PasswordHash.Create("abcdefghij");

        Assert.StartsWith("pbkdf2-sha512$210000$", hash, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdefghij", hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha512$abc$AAAA$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    [InlineData("pbkdf2-sha512$1000$not base64!$AAAA")]
    public void Verify_MalformedStoredValue_IsFalse(string stored) => Assert.False(PasswordHash.Verify("anything", stored));

    [Fact]
    public void NeedsRehash_FewerIterationsThanNow_IsTrue() =>
        Assert.True(PasswordHash.NeedsRehash(PasswordHash.Create("abcdefghij", 1_000)));
}
