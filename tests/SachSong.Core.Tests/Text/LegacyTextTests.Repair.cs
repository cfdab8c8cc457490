using SachSong.Core.Text;

namespace SachSong.Core.Tests.Text;

public sealed partial class LegacyTextTests
{
    [Theory]
    [InlineData("Nguy\u00D4n V\u00A8n H\u00ADng", "Nguyễn Văn Hưng")]
    [InlineData("Huyønh Ngoïc AÙnh", "Huỳnh Ngọc Ánh")]
    [InlineData("Nguyễn V\u00A8n H\u00EFng", "Nguyễn Văn Hùng")]       // partly Unicode, partly TCVN3
    [InlineData("Nguye\u0302\u0303n Va\u0306n", "Nguyễn Văn")]        // NFD Unicode
    [InlineData("Müller", "Müller")]
    [InlineData("Hello", "Hello")]
    public void Repair_ConvertibleText_ReturnsUnicode(string text, string expected)
    {
        var result = LegacyText.Repair(text);

        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Repair_VniWithStrayDiacritic_FailsWithMessage()
    {
        var result = LegacyText.Repair("Nguyeãn Vaên Hø");

        Assert.Equal("Văn bản có vẻ dùng bảng mã cũ (VNI-Windows) nhưng không chuyển được: 'Hø'", result.Error);
    }

    [Fact]
    public void Repair_Tcvn3ToneOnConsonant_FailsWithMessage()
    {
        var result = LegacyText.Repair("Nguy\u00D4n V\u00A8n H\u00B0ng");

        Assert.Equal("Văn bản có vẻ dùng bảng mã cũ (TCVN3) nhưng không chuyển được: 'H\u0300ng'", result.Error);
    }

    [Fact]
    public void Repair_UnicodeWithLegacyWord_FailsInsteadOfKeepingMojibake()
    {
        var result = LegacyText.Repair("Nguyễn Thị V\u00A8n");

        Assert.Equal("Văn bản có vẻ dùng bảng mã cũ (TCVN3) nhưng không chuyển được: 'V¨n'", result.Error);
    }

    [Fact]
    public void Repair_InvisibleCharacterInMessage_IsShownAsCodePoint()
    {
        var result = LegacyText.Repair("Hoa V\u00A8n\u0085x Lan");

        Assert.Contains("<U+0085>", result.Error, StringComparison.Ordinal);
    }
}
