using SachSong.Core.Units;

namespace SachSong.Core.Tests.Units;

public sealed class UnitRollupTests
{
    private static readonly UnitRollup BinhSon = new(BuiltInCatalogue.Mappings, CatalogVersion.ThreeTier.Id, CatalogVersion.TwoTier.Id);

    [Fact]
    public void RollUp_FullMerges_SumTheOldCommunesIntoTheNewOne()
    {
        var figures = new Dictionary<string, decimal> { ["21040"] = 100, ["21046"] = 20, ["21088"] = 3, ["21112"] = 7 };

        var result = BinhSon.RollUp(figures);

        Assert.Equal(new Dictionary<string, decimal> { ["21040"] = 123, ["21109"] = 7 }, result.ByNewUnit);
    }

    [Fact]
    public void RollUp_EveryBuiltInCommune_PreservesTheDistrictTotal()
    {
        var figures = BuiltInCatalogue.DistrictCommunes.ToDictionary(c => c.Code, c => (decimal)int.Parse(c.Code[^2..], System.Globalization.CultureInfo.InvariantCulture));

        var result = BinhSon.RollUp(figures);

        Assert.Equal((figures.Values.Sum(), 5, 0), (result.ByNewUnit.Values.Sum(), result.ByNewUnit.Count, result.Unallocated.Count));
    }

    [Fact]
    public void RollUp_PartialMergeWithWeights_SplitsInProportionAndKeepsTheTotal()
    {
        var rollup = new UnitRollup(
            [new("2025-03", "00001", "2025-07", "10001", MergeKind.Partial), new("2025-03", "00001", "2025-07", "10002", MergeKind.Partial)],
            "2025-03", "2025-07");

        var result = rollup.RollUp(new Dictionary<string, decimal> { ["00001"] = 10 },
            new Dictionary<(string, string), decimal> { [("00001", "10001")] = 1, [("00001", "10002")] = 2 });

        Assert.Equal((3.333333m, 6.666667m), (result.ByNewUnit["10001"], result.ByNewUnit["10002"]));
    }

    [Fact]
    public void RollUp_PartialMergeWithoutWeightsOrUnknownUnit_IsReportedNotGuessed()
    {
        var rollup = new UnitRollup(
            [new("2025-03", "00001", "2025-07", "10001", MergeKind.Partial), new("2025-03", "00001", "2025-07", "10002", MergeKind.Partial)],
            "2025-03", "2025-07");

        var result = rollup.RollUp(new Dictionary<string, decimal> { ["00001"] = 10, ["99999"] = 1 });

        Assert.Equal((0, 2), (result.ByNewUnit.Count, result.Unallocated.Count));
    }
}
