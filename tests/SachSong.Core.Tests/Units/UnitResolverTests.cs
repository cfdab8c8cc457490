using SachSong.Core.Units;

namespace SachSong.Core.Tests.Units;

public sealed class UnitResolverTests
{
    private static readonly UnitResolver OldDistrict =
        new(BuiltInCatalogue.Units.Where(u => u.Version == CatalogVersion.ThreeTier.Id));

    [Theory]
    [InlineData("Xã Bình Long", "21088")]
    [InlineData("bình long", "21088")]
    [InlineData("BINH LONG", "21088")]
    [InlineData("Thị trấn Châu Ổ", "21040")]
    [InlineData("Thị trấn Châu Ô", "21040")]
    [InlineData("TT Châu Ổ", "21040")]
    [InlineData("Châu Ổ", "21040")]
    [InlineData("Xã Bình Hoà", "21079")]
    [InlineData("Bình Thanh", "21091")]
    [InlineData("Bình Thạnh", "21046")]
    [InlineData("21112", "21112")]
    [InlineData("Huyện Bình Sơn", "524")]
    [InlineData("51", "51")]
    public void Resolve_NameAsTyped_FindsTheUnit(string input, string code) =>
        Assert.Equal(code, Assert.IsType<UnitResolution.Found>(OldDistrict.Resolve(input)).Unit.Code);

    [Fact]
    public void Resolve_NameWithoutDiacriticsMatchingTwoUnits_IsAmbiguousAndListsBoth()
    {
        var result = Assert.IsType<UnitResolution.Ambiguous>(OldDistrict.Resolve("Binh Thanh"));

        Assert.Equal(["21046", "21091"], result.Candidates.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.Contains("Xã Bình Thạnh (21046)", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownName_IsNotFound() =>
        Assert.IsType<UnitResolution.NotFound>(OldDistrict.Resolve("Xã Không Có"));

    [Fact]
    public void Resolve_SameCodeInTwoVersions_DependsOnTheVersion()
    {
        var newUnits = new UnitResolver(BuiltInCatalogue.Units.Where(u => u.Version == CatalogVersion.TwoTier.Id));

        Assert.Equal(("Thị trấn Châu Ổ", "Xã Bình Sơn"),
            (((UnitResolution.Found)OldDistrict.Resolve("21040")).Unit.Name, ((UnitResolution.Found)newUnits.Resolve("21040")).Unit.Name));
    }

    [Fact]
    public void BuiltInCatalogue_HasTheDistrictsTwentyTwoUnitsAndMapsEachToANewCommune()
    {
        var newCodes = BuiltInCatalogue.Units.Where(u => u.Version == CatalogVersion.TwoTier.Id).Select(u => u.Code).ToHashSet();

        Assert.Equal(22, BuiltInCatalogue.DistrictCommunes.Count);
        Assert.All(BuiltInCatalogue.DistrictCommunes, c => Assert.Contains(BuiltInCatalogue.Mappings, m => m.OldCode == c.Code && newCodes.Contains(m.NewCode)));
    }
}
