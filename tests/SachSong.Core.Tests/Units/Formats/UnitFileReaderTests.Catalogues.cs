using SachSong.Core.Units;
using SachSong.Core.Units.Formats;

namespace SachSong.Core.Tests.Units.Formats;

public sealed partial class UnitFileReaderTests(AdminUnitFiles files) : IClassFixture<AdminUnitFiles>
{
    private static (int Provinces, int Districts, int Communes) Count(UnitFile file) => (
        file.Units.Count(u => u.Level == UnitLevel.Province),
        file.Units.Count(u => u.Level == UnitLevel.District),
        file.Units.Count(u => u.Level == UnitLevel.Commune));

    private static AdministrativeUnit Unit(UnitFile file, UnitLevel level, string code) =>
        file.Units.Single(u => u.Level == level && u.Code == code);

    [Fact]
    public void Read_DvhcvnPre2025_Gives63Provinces696Districts10047Communes()
    {
        var file = files.Dvhcvn;

        Assert.Equal((63, 696, 10_047), Count(file));
        Assert.Equal(UnitFileFormats.DvhcvnCatalogue, file.Format);
        Assert.All(file.Units, u => Assert.Equal(CatalogVersion.ThreeTier.Id, u.Version));
    }

    [Fact]
    public void Read_DvhcvnPre2025_CleansNamesAndTypePrefix()
    {
        var file = files.Dvhcvn;

        Assert.Equal(
            [
                new AdministrativeUnit("2025-03", "21040", "Thị trấn Châu Ổ", "Thị trấn", UnitLevel.Commune, "524"),
                new AdministrativeUnit("2025-03", "21091", "Xã Bình Thanh", "Xã", UnitLevel.Commune, "524"),
                new AdministrativeUnit("2025-03", "524", "Huyện Bình Sơn", "Huyện", UnitLevel.District, "51"),
                new AdministrativeUnit("2025-03", "01", "Thành phố Hà Nội", "Thành phố Trung ương", UnitLevel.Province, null),
            ],
            [
                Unit(file, UnitLevel.Commune, "21040"), Unit(file, UnitLevel.Commune, "21091"),
                Unit(file, UnitLevel.District, "524"), Unit(file, UnitLevel.Province, "01"),
            ]);
    }

    [Fact]
    public void Read_DvhcvnPre2025_NamesHaveNoExtraWhiteSpace()
    {
        var file = files.Dvhcvn;

        Assert.DoesNotContain(file.Units, u => u.Name != u.Name.Trim() || u.Name.Contains("  ", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DvhcvnPre2025_BinhSonDistrictHas22Communes()
    {
        var file = files.Dvhcvn;

        var codes = file.Units.Where(u => u.ParentCode == BuiltInCatalogue.DistrictCode && u.Level == UnitLevel.Commune).Select(u => u.Code);
        Assert.Equal(BuiltInCatalogue.DistrictCommunes.Select(u => u.Code), codes);
    }

    [Fact]
    public void Read_DvhcvnPre2025_WardTypedAsXaTakesTypeFromNameWithWarning()
    {
        var file = files.Dvhcvn;

        Assert.Equal("Phường", Unit(file, UnitLevel.Commune, "27046").Type);
        Assert.Contains(file.Warnings, w => w.Contains("Phường 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ThanglequocV241_Gives63Provinces696Districts10035Communes()
    {
        var file = files.ThanglequocV2;

        Assert.Equal((63, 696, 10_035), Count(file));
        Assert.Equal(UnitFileFormats.ThanglequocThreeTier, file.Format);
        Assert.Equal(
            new AdministrativeUnit("2025-03", "21040", "Thị trấn Châu Ổ", "Thị trấn", UnitLevel.Commune, "524"),
            Unit(file, UnitLevel.Commune, "21040"));
    }

    [Fact]
    public void Read_ThanglequocV241_IsSubsetOfDvhcvnWithSameParents()
    {
        var dvhcvn = files.Dvhcvn.Units.ToDictionary(u => (u.Level, u.Code));

        var differing = files.ThanglequocV2.Units.Where(u => !dvhcvn.TryGetValue((u.Level, u.Code), out var d) || d.ParentCode != u.ParentCode);

        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("v3")]
    [InlineData("v4")]
    public void Read_ThanglequocPost2025_Gives34Provinces3321Communes(string release)
    {
        var file = release == "v3" ? files.ThanglequocV3 : files.ThanglequocV4;

        Assert.Equal((34, 0, 3_321), Count(file));
        Assert.Equal(UnitFileFormats.ThanglequocTwoTier, file.Format);
        Assert.All(file.Units, u => Assert.Equal(CatalogVersion.TwoTier.Id, u.Version));
    }

    [Fact]
    public void Read_ThanglequocV302_CommuneParentIsProvince()
    {
        var file = files.ThanglequocV3;

        Assert.Equal(
            new AdministrativeUnit("2025-07", "21040", "Xã Bình Sơn", "Xã", UnitLevel.Commune, "51"),
            Unit(file, UnitLevel.Commune, "21040"));
        Assert.Equal(
            new AdministrativeUnit("2025-07", "51", "Tỉnh Quảng Ngãi", "Tỉnh", UnitLevel.Province, null),
            Unit(file, UnitLevel.Province, "51"));
    }

    [Fact]
    public void Read_ThanglequocV420_FixesLowercasePrefixAndKnowsDongNaiCity()
    {
        var file = files.ThanglequocV4;

        Assert.Equal("Xã Bắc Sơn", Unit(file, UnitLevel.Commune, "06325").Name);
        Assert.Equal(("Thành phố Đồng Nai", "Thành phố Trung ương"), (Unit(file, UnitLevel.Province, "75").Name, Unit(file, UnitLevel.Province, "75").Type));
    }
}
