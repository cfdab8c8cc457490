namespace SachSong.Core.Units;

/// <summary>
/// A version of the national catalogue of administrative units. Codes are reused across versions with new meanings,
/// so a unit is always identified by (version, code).
/// </summary>
/// <param name="Id">Short stable key, e.g. "2025-03" or "2025-07".</param>
/// <param name="Name">What officials call it.</param>
/// <param name="ValidFrom">First day the catalogue is in force.</param>
/// <param name="ValidTo">Last day, or null while in force.</param>
public sealed record CatalogVersion(string Id, string Name, DateOnly ValidFrom, DateOnly? ValidTo)
{
    /// <summary>The 3-tier catalogue (63 provinces) as of 01/03/2025, in force until 30/06/2025.</summary>
    public static CatalogVersion ThreeTier { get; } =
        new("2025-03", "Danh mục 3 cấp (63 tỉnh), hiệu lực đến 30/06/2025", new DateOnly(2025, 3, 1), new DateOnly(2025, 6, 30));

    /// <summary>The 2-tier catalogue (34 provinces, no districts) in force from 01/07/2025.</summary>
    public static CatalogVersion TwoTier { get; } =
        new("2025-07", "Danh mục 2 cấp (34 tỉnh), hiệu lực từ 01/07/2025", new DateOnly(2025, 7, 1), null);

    public static IReadOnlyList<CatalogVersion> BuiltIn { get; } = [ThreeTier, TwoTier];

    public bool IsValidOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);

    /// <summary>The built-in version in force on <paramref name="date"/> (the 3-tier one for any date before 1/7/2025).</summary>
    public static CatalogVersion InForceOn(DateOnly date) => date >= TwoTier.ValidFrom ? TwoTier : ThreeTier;
}
