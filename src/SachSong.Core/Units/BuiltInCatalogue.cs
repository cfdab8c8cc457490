namespace SachSong.Core.Units;

/// <summary>
/// The small catalogue the product ships with, enough for the demo district: Quảng Ngãi province, Huyện Bình Sơn
/// and its 22 communes as of 01/03/2025 (3-tier), the 5 communes they became on 01/07/2025 (2-tier), and the
/// old→new links between them (all full merges). Codes are the GSO codes. Full catalogues are imported with
/// <c>sachsong units import</c>.
/// </summary>
public static class BuiltInCatalogue
{
    public const string ProvinceCode = "51";
    public const string DistrictCode = "524";

    private static readonly (string Code, string Name, string NewCode)[] OldCommunes =
    [
        ("21040", "Thị trấn Châu Ổ", "21040"),
        ("21043", "Xã Bình Thuận", "21061"),
        ("21046", "Xã Bình Thạnh", "21040"),
        ("21049", "Xã Bình Đông", "21061"),
        ("21052", "Xã Bình Chánh", "21040"),
        ("21055", "Xã Bình Nguyên", "21040"),
        ("21058", "Xã Bình Khương", "21085"),
        ("21061", "Xã Bình Trị", "21061"),
        ("21064", "Xã Bình An", "21085"),
        ("21067", "Xã Bình Hải", "21061"),
        ("21070", "Xã Bình Dương", "21040"),
        ("21073", "Xã Bình Phước", "21061"),
        ("21079", "Xã Bình Hòa", "21061"),
        ("21082", "Xã Bình Trung", "21040"),
        ("21085", "Xã Bình Minh", "21085"),
        ("21088", "Xã Bình Long", "21040"),
        ("21091", "Xã Bình Thanh", "21109"),
        ("21100", "Xã Bình Chương", "21100"),
        ("21103", "Xã Bình Hiệp", "21109"),
        ("21106", "Xã Bình Mỹ", "21100"),
        ("21109", "Xã Bình Tân Phú", "21109"),
        ("21112", "Xã Bình Châu", "21109"),
    ];

    private static readonly (string Code, string Name)[] NewCommunes =
    [
        ("21040", "Xã Bình Sơn"),
        ("21061", "Xã Vạn Tường"),
        ("21085", "Xã Bình Minh"),
        ("21100", "Xã Bình Chương"),
        ("21109", "Xã Đông Sơn"),
    ];

    /// <summary>Units of both versions.</summary>
    public static IReadOnlyList<AdministrativeUnit> Units { get; } = BuildUnits();

    /// <summary>Old commune → new commune links.</summary>
    public static IReadOnlyList<UnitMapping> Mappings { get; } =
        OldCommunes.Select(c => new UnitMapping(CatalogVersion.ThreeTier.Id, c.Code, CatalogVersion.TwoTier.Id, c.NewCode, MergeKind.Full)).ToList();

    /// <summary>The 22 communes of Bình Sơn district as of 01/03/2025.</summary>
    public static IReadOnlyList<AdministrativeUnit> DistrictCommunes { get; } =
        Units.Where(u => u.Version == CatalogVersion.ThreeTier.Id && u.Level == UnitLevel.Commune).ToList();

    private static List<AdministrativeUnit> BuildUnits()
    {
        var old = CatalogVersion.ThreeTier.Id;
        var @new = CatalogVersion.TwoTier.Id;
        var units = new List<AdministrativeUnit>
        {
            new(old, ProvinceCode, "Tỉnh Quảng Ngãi", "Tỉnh", UnitLevel.Province, null),
            new(old, DistrictCode, "Huyện Bình Sơn", "Huyện", UnitLevel.District, ProvinceCode),
            new(@new, ProvinceCode, "Tỉnh Quảng Ngãi", "Tỉnh", UnitLevel.Province, null),
        };
        units.AddRange(OldCommunes.Select(c => new AdministrativeUnit(old, c.Code, c.Name, UnitTypes.TypeOf(c.Name)!, UnitLevel.Commune, DistrictCode)));
        units.AddRange(NewCommunes.Select(c => new AdministrativeUnit(@new, c.Code, c.Name, "Xã", UnitLevel.Commune, ProvinceCode)));
        return units;
    }
}
