using SachSong.App.Indicators;
using SachSong.Core.Units;

namespace SachSong.App.Tests.Indicators;

public sealed class UnitDirectoryTests
{
    private const string Old = "2025-03";
    private const string New = "2025-07";
    private static readonly DateOnly In2024 = new(2024, 12, 31);
    private static readonly DateOnly In2025 = new(2025, 12, 31);

    [Theory]
    [InlineData("Thị trấn Châu Ô", "2024-12-31", Old, "21040")]
    [InlineData("xa binh long", "2024-12-31", Old, "21088")]
    [InlineData("21040", "2024-12-31", Old, "21040")]
    [InlineData("21040", "2025-12-31", New, "21040")]
    [InlineData("Xã Bình Minh", "2025-12-31", New, "21085")]
    [InlineData("Xã Bình Minh", "2025-03-31", Old, "21085")]
    [InlineData("Xã Bình Long", "2025-12-31", Old, "21088")]
    public void Resolve_NameOrCode_PrefersTheVersionInForceThenTheOthers(string input, string on, string version, string code)
    {
        var directory = new UnitDirectory(BuiltInCatalogue.Units, BuiltInCatalogue.Mappings);

        var resolved = directory.Resolve(input, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture));

        var unit = Assert.IsType<UnitResolution.Found>(resolved).Unit;
        Assert.Equal((version, code), (unit.Version, unit.Code));
    }

    [Fact]
    public void Resolve_AmbiguousOnlyInAnOlderVersion_ListsTheCandidatesInsteadOfSayingNotFound()
    {
        var directory = new UnitDirectory(BuiltInCatalogue.Units, BuiltInCatalogue.Mappings);

        var resolved = directory.Resolve("Binh Thanh", In2025);

        Assert.Equal(["21046", "21091"], Assert.IsType<UnitResolution.Ambiguous>(resolved).Candidates.Select(u => u.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_AmbiguousInTheVersionInForce_IsNotSettledByAnotherVersionsOnlyMatch()
    {
        // Two "Xã An Hòa" in 2024 (one per district); after the merger only one is left.
        var directory = new UnitDirectory(
        [
            new(Old, "100", "Huyện A", "Huyện", UnitLevel.District, "51"),
            new(Old, "200", "Huyện B", "Huyện", UnitLevel.District, "51"),
            new(Old, "10001", "Xã An Hòa", "Xã", UnitLevel.Commune, "100"),
            new(Old, "20001", "Xã An Hòa", "Xã", UnitLevel.Commune, "200"),
            new(New, "20001", "Xã An Hòa", "Xã", UnitLevel.Commune, "51"),
        ], []);

        var in2024 = directory.Resolve("Xã An Hòa", In2024);
        var in2025 = directory.Resolve("Xã An Hòa", In2025);

        Assert.Equal(2, Assert.IsType<UnitResolution.Ambiguous>(in2024).Candidates.Count);
        Assert.Equal((New, "20001"), (Assert.IsType<UnitResolution.Found>(in2025).Unit.Version, ((UnitResolution.Found)in2025).Unit.Code));
    }
}
