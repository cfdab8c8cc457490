using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Text;

public sealed partial class LegacyTextTests
{
    private const string AllLetters =
        "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ" +
        "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴ";

    private static readonly string[] Names =
    [
        "Nguyễn Văn Hưng", "Trần Thị Thuỷ", "Phạm Thành Mỹ", "Đặng Quốc Việt", "Huỳnh Ngọc Ánh",
        "Lê Thị Hồng Nhung", "Võ Đức Trường", "Bùi Thị Khuyên", "Dương Quang Nghĩa", "Ngô Thị Ngọc Diễm",
        "PHẠM THÀNH MỸ", "ĐẶNG THỊ ỨNG", "Thị trấn Châu Ổ, huyện Bình Sơn", "Xã Ea Kao, TP. Buôn Ma Thuột, Đắk Lắk",
    ];

    public static readonly TheoryData<LegacyEncoding> LegacyEncodings =
        [LegacyEncoding.Tcvn3, LegacyEncoding.Vni, LegacyEncoding.Viscii, LegacyEncoding.Windows1258];

    public static readonly TheoryData<LegacyEncoding, string> EncodingsAndNames = BuildEncodingsAndNames();

    // Hand-written mojibake (legacy bytes read as Windows-1252), independent of FromUnicode.
    [Theory]
    [InlineData("Nguy\u00D4n V\u00A8n H\u00ADng", "Nguyễn Văn Hưng")]
    [InlineData("Tr\u00C7n Th\u00DE Thu\u00FB", "Trần Thị Thuỷ")]
    [InlineData("Ph\u00B9m Th\u00B5nh M\u00FC", "Phạm Thành Mỹ")]
    [InlineData("\u00A7\u00C6ng Qu\u00E8c Vi\u00D6t", "Đặng Quốc Việt")]
    [InlineData("Hu\u00FAnh Ng\u00E4c \u0192nh", "Huỳnh Ngọc Ánh")]
    [InlineData("Th\u00DE tr\u00CAn Ch\u00A9u \u00E0", "Thị trấn Châu Ổ")]
    public void ToUnicode_Tcvn3Name_GivesUnicode(string mojibake, string expected)
    {
        var result = LegacyText.ToUnicode(mojibake, LegacyEncoding.Tcvn3);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("Nguyeãn Vaên Höng", "Nguyễn Văn Hưng")]
    [InlineData("Traàn Thò Thuyû", "Trần Thị Thuỷ")]
    [InlineData("Phaïm Thaønh Myõ", "Phạm Thành Mỹ")]
    [InlineData("Ñaëng Quoác Vieät", "Đặng Quốc Việt")]
    [InlineData("Huyønh Ngoïc AÙnh", "Huỳnh Ngọc Ánh")]
    [InlineData("Voõ Ñöùc Tröôøng", "Võ Đức Trường")]
    [InlineData("NGUYEÃN THÒ KHUYEÂN", "NGUYỄN THỊ KHUYÊN")]
    [InlineData("Hoà Chí Minh, quaän Bình Thaïnh", "Hồ Chí Minh, quận Bình Thạnh")]
    public void ToUnicode_VniName_GivesUnicode(string mojibake, string expected)
    {
        var result = LegacyText.ToUnicode(mojibake, LegacyEncoding.Vni);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("Nguy\u00ADn V\u00E5n H\u00DFng", "Nguyễn Văn Hưng")]
    [InlineData("\u00D0\u00A3ng Qu\u00AFc Vi\u00AEt", "Đặng Quốc Việt")]
    public void ToUnicode_VisciiName_GivesUnicode(string mojibake, string expected)
    {
        var result = LegacyText.ToUnicode(mojibake, LegacyEncoding.Viscii);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("Nguy\u00EA\u00DEn V\u00E3n H\u00FDng", "Nguyễn Văn Hưng")]
    [InlineData("Pha\u00F2m Th\u00E0nh My\u00DE", "Phạm Thành Mỹ")]
    [InlineData("Hu\u00CCng", "Hùng")]
    public void ToUnicode_Windows1258Name_GivesUnicode(string mojibake, string expected)
    {
        var result = LegacyText.ToUnicode(mojibake, LegacyEncoding.Windows1258);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void ToUnicode_Tcvn3SoftHyphen_IsLetterU()
    {
        // 0xAD = ư; read as Windows-1252 it is an invisible SOFT HYPHEN.
        var result = LegacyText.ToUnicode("H\u00ADng, Tr\u00AD\u00EAng", LegacyEncoding.Tcvn3);

        Assert.Equal("Hưng, Trường", result);
    }

    [Fact]
    public void ToUnicode_Tcvn3CombiningToneByte_GivesNfc()
    {
        var result = LegacyText.Decode([(byte)'a', 0xB3, (byte)'n', (byte)'h'], LegacyEncoding.Tcvn3);

        Assert.Equal("ánh", result);
    }

    [Fact]
    public void ToUnicode_Tcvn3CapitalsFont_RestoresCapitals()
    {
        // Typed in .VnTimeH: toned capitals are stored with the lower-case codes.
        var result = LegacyText.ToUnicode("PH\u00B9M TH\u00B5NH M\u00FC", LegacyEncoding.Tcvn3);

        Assert.Equal("PHẠM THÀNH MỸ", result);
    }

    [Theory]
    [InlineData("PH\u201EM", "PHẠM")]        // 0x84 read as Windows-1252 „
    [InlineData("PH\u0084M", "PHẠM")]        // 0x84 kept as the C1 control
    [InlineData("\u0001T", "ÚT")]            // 0x01 = Ú
    [InlineData("\u0081NH", "ẢNH")]          // 0x81, undefined in Windows-1252
    public void ToUnicode_Tcvn3Vn1Capitals_AcceptsWindows1252AndControlChars(string mojibake, string expected)
    {
        var result = LegacyText.ToUnicode(mojibake, LegacyEncoding.Tcvn3);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void ToUnicode_CharactersNoByteProduces_AreKept()
    {
        var result = LegacyText.ToUnicode("Nguyễn V\u00A8n", LegacyEncoding.Tcvn3);

        Assert.Equal("Nguyễn Văn", result);
    }

    [Fact]
    public void ToUnicode_Unicode_ReturnsNfc()
    {
        var result = LegacyText.ToUnicode("Nguye\u0302\u0303n  Va\u0306n", LegacyEncoding.Unicode);

        Assert.Equal("Nguyễn  Văn", result);
    }

    [Theory]
    [MemberData(nameof(LegacyEncodings))]
    public void ToUnicode_EveryVietnameseLetter_RoundTrips(LegacyEncoding encoding)
    {
        var failures = AllLetters
            .Select(c => c.ToString())
            .Where(s => LegacyText.ToUnicode(LegacyText.FromUnicode(s, encoding), encoding) != s)
            .ToList();

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(LegacyEncodings))]
    public void Decode_EveryVietnameseLetter_RoundTripsThroughBytes(LegacyEncoding encoding)
    {
        var text = string.Join(' ', AllLetters.Select(c => c.ToString()));

        var result = LegacyText.Decode(LegacyText.Encode(text, encoding), encoding);

        Assert.Equal(text, result);
    }

    [Theory]
    [MemberData(nameof(EncodingsAndNames))]
    public void ToUnicode_RealisticName_RoundTrips(LegacyEncoding encoding, string name)
    {
        var mojibake = LegacyText.FromUnicode(name, encoding);

        var result = LegacyText.ToUnicode(mojibake, encoding);

        Assert.Equal(name, result);
    }

    [Theory]
    [MemberData(nameof(LegacyEncodings))]
    public void ToUnicode_AnyVietnameseLetters_RoundTrip(LegacyEncoding encoding)
    {
        // TCVN3 restores capitals in words that mix capitals with small toned letters, so it gets lower case only.
        var alphabet = (AllLetters + "bcdghklmnpqrstvx BCDGHKLMNPQRSTVX ").ToCharArray();
        var texts = Gen.Elements(alphabet).ArrayOf()
            .Select(chars => encoding == LegacyEncoding.Tcvn3 ? new string(chars).ToLowerInvariant() : new string(chars));

        Prop.ForAll(texts.ToArbitrary(), text =>
                LegacyText.ToUnicode(LegacyText.FromUnicode(text, encoding), encoding) == text)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Encode_Tcvn3UpperCaseTonedLetter_UsesVn1Position()
    {
        var bytes = LegacyText.Encode("Ố", LegacyEncoding.Tcvn3);

        Assert.Equal([0xFF], bytes);
    }

    [Fact]
    public void FromUnicode_VniName_GivesVniSpelling()
    {
        var result = LegacyText.FromUnicode("Huỳnh Ngọc Ánh, Trường", LegacyEncoding.Vni);

        Assert.Equal("Huyønh Ngoïc AÙnh, Tröôøng", result);
    }

    [Theory]
    [InlineData("日本", LegacyEncoding.Tcvn3)]
    [InlineData("Peña", LegacyEncoding.Vni)]
    [InlineData("Łódź", LegacyEncoding.Viscii)]
    [InlineData("Дмитрий", LegacyEncoding.Windows1258)]
    public void FromUnicode_CharacterOutsideEncoding_Throws(string text, LegacyEncoding encoding)
    {
        var act = () => LegacyText.FromUnicode(text, encoding);

        Assert.Throws<ArgumentException>(act);
    }

    [Fact]
    public void Decode_Utf8WithBom_SkipsBomAndNormalises()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Hu\u0300ng")];

        var result = LegacyText.Decode(bytes, LegacyEncoding.Unicode);

        Assert.Equal("Hùng", result);
    }

    [Fact]
    public void Decode_VniBytes_CombinesDiacritics()
    {
        byte[] bytes = [.. "Nguy"u8, (byte)'e', 0xE3, (byte)'n'];

        var result = LegacyText.Decode(bytes, LegacyEncoding.Vni);

        Assert.Equal("Nguyễn", result);
    }

    private static TheoryData<LegacyEncoding, string> BuildEncodingsAndNames()
    {
        var data = new TheoryData<LegacyEncoding, string>();
        foreach (var encoding in (LegacyEncoding[])[LegacyEncoding.Tcvn3, LegacyEncoding.Vni, LegacyEncoding.Viscii, LegacyEncoding.Windows1258])
            foreach (var name in Names)
                data.Add(encoding, name);
        return data;
    }
}
