using Microsoft.EntityFrameworkCore;
using SachSong.App.Units;
using SachSong.Core.Units.Geo;

namespace SachSong.App.Tests.Units;

public sealed class ImportUnitGeometryTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_DvhcvnQuangNgaiFile_StoresTheProvinceAndBinhSonSimplified(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await new ImportUnits(test.Database).LoadBuiltInAsync(ct);

        var result = await new ImportUnitGeometry(test.Database, TimeProvider.System)
            .ExecuteAsync(SharedData.PathOf("admin-units/geo/districts-2020_dvhcvn_gis-chinhphu/51.json"), null, ct);

        var stored = Assert.IsType<ImportUnitGeometry.Outcome.Stored>(result);
        Assert.Equal(("2025-03", 2), (stored.Version, stored.Matched.Count));
        Assert.Equal(12, stored.NotMatched.Count); // the other districts are not in the built-in catalogue
        await using var db = test.Database.CreateContext();
        var binhSon = await db.UnitGeometries.SingleAsync(g => g.Version == "2025-03" && g.Code == "524", ct);
        Assert.InRange(binhSon.PointCount, 20, stored.PointsRead / 4);
        Assert.InRange(binhSon.MinLon, 108.5, 109);
        Assert.NotEmpty(GeoJsonText.Read(binhSon.Coordinates));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_SameFileTwice_ReplacesRatherThanDuplicates(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await new ImportUnits(test.Database).LoadBuiltInAsync(ct);
        var import = new ImportUnitGeometry(test.Database, TimeProvider.System);
        var file = SharedData.PathOf("admin-units/geo/provinces-34_thanglequoc_v4.2.0/51_quang_ngai.geojson");

        await import.ExecuteAsync(file, "2025-07", ct);
        var again = await import.ExecuteAsync(file, "2025-07", ct);

        Assert.Equal(["51 Tỉnh Quảng Ngãi"], Assert.IsType<ImportUnitGeometry.Outcome.Stored>(again).Matched);
        await using var db = test.Database.CreateContext();
        Assert.Equal(1, await db.UnitGeometries.CountAsync(g => g.Version == "2025-07", ct));
    }

    [Fact]
    public async Task ExecuteAsync_NotAGeoFile_FailsWithTheFileName()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var ct = TestContext.Current.CancellationToken;
        var file = Path.Combine(Path.GetTempPath(), "not-geo-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, "[1,2,3]", ct);
        try
        {
            var result = await new ImportUnitGeometry(test.Database, TimeProvider.System).ExecuteAsync(file, null, ct);

            Assert.Contains(Path.GetFileName(file), Assert.IsType<ImportUnitGeometry.Outcome.Failed>(result).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
