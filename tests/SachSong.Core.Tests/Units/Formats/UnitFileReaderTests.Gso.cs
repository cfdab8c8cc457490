using SachSong.Core.Units;
using SachSong.Core.Units.Formats;

namespace SachSong.Core.Tests.Units.Formats;

public sealed partial class UnitFileReaderTests
{
    private static readonly string?[] GsoHeader = ["Tỉnh / Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã", "Mã PX", "Cấp", "Tên Tiếng Anh"];

    [Fact]
    public void ReadRows_GsoExportThreeTierWithTitleAndShortCodes_PadsCodes()
    {
        IReadOnlyList<IReadOnlyList<string?>> rows =
        [
            ["DANH MỤC ĐƠN VỊ HÀNH CHÍNH", null],
            [],
            GsoHeader,
            ["Tỉnh Quảng Ngãi", "51", "Huyện Bình Sơn", "524", "Thị Trấn  Châu Ổ", "21040", "Thị trấn", "Chau O"],
            ["Tỉnh Quảng Ngãi", "51", "Huyện Bình Sơn", "524", "Xã Bình Thanh ", "21091", "Xã", null],
            ["Thành phố Hà Nội", "1", "Quận Ba Đình", "1", "Phường Phúc Xá", "1", "Phường", null],
            ["Thành phố Hải Phòng", "31", "Huyện Bạch Long Vĩ", "318", null, null, null, null],
        ];

        var file = UnitFileReader.ReadRows("gso.xlsx", rows);

        Assert.Equal(
            [
                new AdministrativeUnit("2025-03", "51", "Tỉnh Quảng Ngãi", "Tỉnh", UnitLevel.Province, null),
                new AdministrativeUnit("2025-03", "524", "Huyện Bình Sơn", "Huyện", UnitLevel.District, "51"),
                new AdministrativeUnit("2025-03", "21040", "Thị trấn Châu Ổ", "Thị trấn", UnitLevel.Commune, "524"),
                new AdministrativeUnit("2025-03", "21091", "Xã Bình Thanh", "Xã", UnitLevel.Commune, "524"),
                new AdministrativeUnit("2025-03", "01", "Thành phố Hà Nội", "Thành phố Trung ương", UnitLevel.Province, null),
                new AdministrativeUnit("2025-03", "001", "Quận Ba Đình", "Quận", UnitLevel.District, "01"),
                new AdministrativeUnit("2025-03", "00001", "Phường Phúc Xá", "Phường", UnitLevel.Commune, "001"),
                new AdministrativeUnit("2025-03", "31", "Thành phố Hải Phòng", "Thành phố Trung ương", UnitLevel.Province, null),
                new AdministrativeUnit("2025-03", "318", "Huyện Bạch Long Vĩ", "Huyện", UnitLevel.District, "31"),
            ],
            file.Units);
        Assert.Equal(UnitFileFormats.GsoExcel, file.Format);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void ReadRows_GsoExportWithoutDistricts_IsTwoTier()
    {
        IReadOnlyList<IReadOnlyList<string?>> rows =
        [
            ["ma tp", "TINH THANH PHO", "Mã PX", "Phuong Xa", "Cap"],
            ["51", "Quảng Ngãi", "21040", "Bình Sơn", "Xã"],
            ["4", "Tỉnh Cao Bằng", "1273", "Phường Thục Phán", "Phường"],
        ];

        var file = UnitFileReader.ReadRows("gso-2025.xls", rows);

        Assert.Equal(
            [
                new AdministrativeUnit("2025-07", "51", "Tỉnh Quảng Ngãi", "Tỉnh", UnitLevel.Province, null),
                new AdministrativeUnit("2025-07", "21040", "Xã Bình Sơn", "Xã", UnitLevel.Commune, "51"),
                new AdministrativeUnit("2025-07", "04", "Tỉnh Cao Bằng", "Tỉnh", UnitLevel.Province, null),
                new AdministrativeUnit("2025-07", "01273", "Phường Thục Phán", "Phường", UnitLevel.Commune, "04"),
            ],
            file.Units);
    }

    [Fact]
    public void ReadRows_EmptyDistrictColumn_IsTwoTier()
    {
        IReadOnlyList<IReadOnlyList<string?>> rows =
        [
            GsoHeader,
            ["Tỉnh Quảng Ngãi", "51", "", "", "Xã Bình Sơn", "21040", "Xã", "Binh Son"],
        ];

        var file = UnitFileReader.ReadRows("gso.xlsx", rows);

        Assert.All(file.Units, u => Assert.Equal("2025-07", u.Version));
        Assert.Equal("51", file.Units.Single(u => u.Level == UnitLevel.Commune).ParentCode);
    }

    [Fact]
    public void Read_GsoCsv_ReadsQuotedCellsAndSemicolons()
    {
        const string csv = "\uFEFFMã TP;Tỉnh Thành Phố;Mã QH;Quận Huyện;Mã PX;Phường Xã;Cấp\r\n"
            + "51;Tỉnh Quảng Ngãi;524;\"Huyện Bình Sơn\";21040;\"Thị Trấn Châu Ổ\";Thị trấn\r\n";

        var file = UnitFileReader.Read("gso.csv", Text(csv));

        Assert.Equal(UnitFileFormats.GsoCsv, file.Format);
        Assert.Equal(
            new AdministrativeUnit("2025-03", "21040", "Thị trấn Châu Ổ", "Thị trấn", UnitLevel.Commune, "524"),
            file.Units.Single(u => u.Level == UnitLevel.Commune));
    }

    [Fact]
    public void ReadRows_CapDisagreesWithName_UsesNameAndWarns()
    {
        IReadOnlyList<IReadOnlyList<string?>> rows =
        [
            GsoHeader,
            ["Thành phố Hồ Chí Minh", "79", "Quận Phú Nhuận", "768", "Phường 5", "27046", "Xã", null],
        ];

        var file = UnitFileReader.ReadRows("gso.xlsx", rows);

        Assert.Equal("Phường", file.Units.Single(u => u.Code == "27046").Type);
        Assert.Contains("dòng 2", Assert.Single(file.Warnings), StringComparison.Ordinal);
    }
}
