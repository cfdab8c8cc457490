using SachSong.Core.Text;

namespace SachSong.Core.Tests.Text;

public sealed partial class LegacyTextTests
{
    [Theory]
    [InlineData("Nguy\u00D4n V\u00A8n H\u00ADng", LegacyEncoding.Tcvn3)]
    [InlineData("\u00A7\u00C6ng Qu\u00E8c Vi\u00D6t", LegacyEncoding.Tcvn3)]
    [InlineData("Nguyeãn Vaên Huøng", LegacyEncoding.Vni)]
    [InlineData("Ñaëng Quoác Vieät", LegacyEncoding.Vni)]
    [InlineData("Nguy\u00ADn V\u00E5n H\u00DFng", LegacyEncoding.Viscii)]
    [InlineData("Nguy\u00EA\u00DEn V\u00E3n H\u00FDng", LegacyEncoding.Windows1258)]
    public void Detect_LegacyMojibake_FindsEncoding(string text, LegacyEncoding expected)
    {
        var result = LegacyText.Detect(text);

        Assert.Equal(expected, result);
    }

    [Theory]
    [MemberData(nameof(EncodingsAndNames))]
    public void Detect_RealisticNameInLegacyEncoding_FindsEncoding(LegacyEncoding encoding, string name)
    {
        var mojibake = LegacyText.FromUnicode(name, encoding);

        var result = LegacyText.Detect(mojibake);

        Assert.Equal(encoding, result);
    }

    [Theory]
    [InlineData("Nguyễn Văn Hùng")]
    [InlineData("Thị trấn Châu Ổ")]
    [InlineData("Hùng")]
    [InlineData("Tú Anh")]
    [InlineData("Hà Nội")]
    [InlineData("Lê Thị Hà")]
    [InlineData("Nguye\u0302\u0303n Va\u0306n Hu\u0300ng")]   // NFD
    [InlineData("NGUYỄN VĂN HÙNG")]
    [InlineData("café")]
    [InlineData("Müller")]
    [InlineData("François Müller, crème brûlée")]
    [InlineData("São Paulo")]
    [InlineData("naïve Zoë Ångström")]
    [InlineData("Hello world")]
    [InlineData("12/03/1990")]
    [InlineData("25°C, © 2024")]
    [InlineData("")]
    public void Detect_UnicodeOrOtherLanguage_ReturnsUnicode(string text)
    {
        var result = LegacyText.Detect(text);

        Assert.Equal(LegacyEncoding.Unicode, result);
    }

    [Fact]
    public void DetectMany_Tcvn3Column_FindsTcvn3()
    {
        string?[] column = ["Nguy\u00D4n V\u00A8n H\u00ADng", "L\u00AA Th\u00DE Hoa", null, "", "Ph\u00B9m Th\u00B5nh M\u00FC", "Hoa"];

        var result = LegacyText.DetectMany(column);

        Assert.Equal(new LegacyDetection(LegacyEncoding.Tcvn3, 8, 8), result);
    }

    [Fact]
    public void DetectMany_ColumnOfShortWindows1258Cells_DecidesByTheWholeColumn()
    {
        // "Vãn" alone is a valid Unicode word too; the other cells decide.
        string[] column = ["V\u00E3n", "Nguy\u00EA\u00DEn", "Tr\u00FD\u00F5\u00CCng"];

        var result = LegacyText.DetectMany(column);

        Assert.Equal(LegacyEncoding.Windows1258, result.Encoding);
    }

    [Fact]
    public void DetectMany_UnicodeColumn_ReturnsUnicode()
    {
        string[] column = ["Nguyễn Văn Hùng", "Trần Thị Thuỷ", "Hà", "Tú", "Müller"];

        var result = LegacyText.DetectMany(column);

        Assert.Equal(LegacyEncoding.Unicode, result.Encoding);
    }

    [Fact]
    public void DetectMany_MixedLegacyColumn_PicksTheMajority()
    {
        string[] column =
        [
            LegacyText.FromUnicode("Nguyễn Văn Hưng", LegacyEncoding.Vni),
            LegacyText.FromUnicode("Trần Thị Thuỷ", LegacyEncoding.Vni),
            LegacyText.FromUnicode("Phạm Thành Mỹ", LegacyEncoding.Tcvn3),
        ];

        var result = LegacyText.DetectMany(column);

        Assert.Equal(LegacyEncoding.Vni, result.Encoding);
    }
}
