using SachSong.Core.Units.Formats;

namespace SachSong.Core.Tests.Units.Formats;

public sealed partial class UnitFileReaderTests
{
    [Fact]
    public void Read_GarbageJson_ThrowsNamingFileAndLine()
    {
        var ex = Assert.Throws<UnitFileFormatException>(() => UnitFileReader.Read("x.json", Text("{\n  \"data\": [ oops ]\n}")));

        Assert.Equal("x.json", ex.FileName);
        Assert.StartsWith("Tệp 'x.json', dòng 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownJsonShape_ThrowsUnknownFormat()
    {
        var ex = Assert.Throws<UnitFileFormatException>(() => UnitFileReader.Read("x.json", Text("{\"hello\": [1, 2]}")));

        Assert.Equal("Tệp 'x.json': không nhận ra định dạng danh mục đơn vị hành chính", ex.Message);
    }

    [Fact]
    public void Read_UnknownText_ThrowsUnknownFormat()
    {
        var ex = Assert.Throws<UnitFileFormatException>(() => UnitFileReader.Read("notes.txt", Text("họ tên,ngày sinh\nA,1/1/2000\n")));

        Assert.Contains("không nhận ra định dạng", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DvhcvnCodeWithLetters_ThrowsNamingJsonPath()
    {
        const string json = """
            {"data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh", "level2s": [
              {"level2_id": "524", "name": "Huyện Bình Sơn", "type": "Huyện", "level3s": [
                {"level3_id": "21O40", "name": "Thị trấn Châu Ổ", "type": "Thị trấn"}]}]}]}
            """;

        var ex = Assert.Throws<UnitFileFormatException>(() => UnitFileReader.Read("dvhcvn.json", Text(json)));

        Assert.Equal("Tệp 'dvhcvn.json', tại data[0].level2s[0].level3s[0]: mã xã '21O40' không hợp lệ (cần 5 chữ số)", ex.Message);
    }

    [Fact]
    public void Read_ThanglequocCodeTooShort_ThrowsNamingElement()
    {
        const string json = """[{"Type": "province", "Code": "1", "FullName": "Thành phố Hà Nội", "Wards": []}]""";

        var ex = Assert.Throws<UnitFileFormatException>(() => UnitFileReader.Read("units.json", Text(json)));

        Assert.Equal("Tệp 'units.json', tại [0]: mã tỉnh '1' không hợp lệ (cần 2 chữ số)", ex.Message);
    }

    [Fact]
    public void Read_MergesWithUnknownLinkType_ThrowsNamingLink()
    {
        const string json = """
            {"data": [{"level1_id": "51", "name": "Quảng Ngãi", "merges": [], "level2s": [
              {"level2_id": "21040", "name": "Xã Bình Sơn", "merges": [{"old_id": "21046", "name": "Xã Bình Thạnh", "type": "half"}]}]}]}
            """;

        var ex = Assert.Throws<UnitFileFormatException>(() => UnitFileReader.Read("merges.json", Text(json)));

        Assert.Equal("Tệp 'merges.json', tại data[0].level2s[0].merges[0]: loại liên kết 'half' không hợp lệ (cần 'full' hoặc 'partial')", ex.Message);
    }

    [Fact]
    public void ReadRows_CodeWithLetters_ThrowsNamingRow()
    {
        IReadOnlyList<IReadOnlyList<string?>> rows =
        [
            ["Danh mục"],
            GsoHeader,
            ["Tỉnh Quảng Ngãi", "51", "Huyện Bình Sơn", "524", "Xã Bình Thanh", "21A91", "Xã", null],
        ];

        var ex = Assert.Throws<UnitFileFormatException>(() => UnitFileReader.ReadRows("gso.xlsx", rows));

        Assert.Equal("Tệp 'gso.xlsx', dòng 3: mã xã '21A91' không hợp lệ (cần 5 chữ số)", ex.Message);
    }

    [Fact]
    public void ReadRows_CodeTooLong_ThrowsNamingRow()
    {
        IReadOnlyList<IReadOnlyList<string?>> rows =
        [
            GsoHeader,
            ["Tỉnh Quảng Ngãi", "510", "Huyện Bình Sơn", "524", "Xã Bình Thanh", "21091", "Xã", null],
        ];

        var ex = Assert.Throws<UnitFileFormatException>(() => UnitFileReader.ReadRows("gso.xlsx", rows));

        Assert.Equal("Tệp 'gso.xlsx', dòng 2: mã tỉnh '510' không hợp lệ (cần 2 chữ số)", ex.Message);
    }

    [Fact]
    public void ReadRows_NoHeader_ThrowsNamingColumns()
    {
        IReadOnlyList<IReadOnlyList<string?>> rows = [["Họ tên", "Ngày sinh"], ["A", "1/1/2000"]];

        var ex = Assert.Throws<UnitFileFormatException>(() => UnitFileReader.ReadRows("people.xlsx", rows));

        Assert.Contains("Mã PX", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Dispatch1027BadCode_ThrowsNamingLine()
    {
        const string markdown = "# Phụ lục\n\n| Stt | Mã số | Tên đơn vị hành chính | Tỉnh (thành phố) |\n| --- | --- | --- | --- |\n| 1 | 0007 | Phường Hoàn Kiếm | Thành phố Hà Nội |\n";

        var ex = Assert.Throws<UnitFileFormatException>(() => UnitFileReader.Read("1027.md", Text(markdown)));

        Assert.Equal("Tệp '1027.md', dòng 5: mã xã '0007' không hợp lệ (cần 5 chữ số)", ex.Message);
    }

    [Fact]
    public void Read_ConflictingDuplicateCode_Throws()
    {
        const string csv = "Stt,Mã số,Tên 34 tỉnh sau sáp nhập\n1,01,Thành phố Hà Nội\n2,01,Cao Bằng\n";

        var ex = Assert.Throws<UnitFileFormatException>(() => UnitFileReader.Read("915.csv", Text(csv)));

        Assert.StartsWith("Tệp '915.csv', dòng 3: mã tỉnh 01", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "Excel")]
    [InlineData(new byte[] { 0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D }, "UTF-8")]
    [InlineData(new byte[] { 0x20, 0x0A }, "rỗng")]
    public void Read_UnreadableBytes_ThrowsSayingWhy(byte[] bytes, string expected)
    {
        var ex = Assert.Throws<UnitFileFormatException>(() => UnitFileReader.Read("f.bin", new MemoryStream(bytes)));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
