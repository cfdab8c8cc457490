namespace SachSong.Core.Units;

/// <summary>An administrative unit in one catalogue version.</summary>
/// <param name="Version">Catalogue version id (see <see cref="CatalogVersion"/>).</param>
/// <param name="Code">GSO code as a string with leading zeros: 2 digits for a province, 3 for a district, 5 for a commune.</param>
/// <param name="Name">Full official name with its type, e.g. "Thị trấn Châu Ổ", NFC and white-space cleaned.</param>
/// <param name="Type">Unit type as written in Vietnamese, e.g. "Xã", "Thị trấn", "Huyện", "Tỉnh".</param>
/// <param name="Level">Tier.</param>
/// <param name="ParentCode">Code of the parent unit in the same version, or null for a province.</param>
public sealed record AdministrativeUnit(string Version, string Code, string Name, string Type, UnitLevel Level, string? ParentCode)
{
    /// <summary>The name without its type prefix ("Châu Ổ" for "Thị trấn Châu Ổ").</summary>
    public string ShortName => UnitTypes.StripType(Name);

    public override string ToString() => $"{Name} ({Code}, {Version})";
}
