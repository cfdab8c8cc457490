using Microsoft.EntityFrameworkCore;
using SachSong.App.Units;
using SachSong.Core.Units;

namespace SachSong.App.Tests.Units;

public sealed class ImportUnitsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sachsong-units-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportFileAsync_BothNationalCataloguesAndTheMapping_StoresThemSideBySide(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var import = new ImportUnits(test.Database);
        var ct = TestContext.Current.CancellationToken;
        await import.LoadBuiltInAsync(ct);

        await import.ImportFileAsync(SharedData.PathOf("admin-units/pre2025/dvhcvn_v20250301/dvhcvn.json"), ct);
        await import.ImportFileAsync(SharedData.PathOf("admin-units/post2025/thanglequoc_v3.0.2/full_json_generated_data_vn_units.json"), ct);
        var merges = await import.ImportFileAsync(SharedData.PathOf("admin-units/mapping/dvhcvn-20250701/merges.json"), ct);

        await using var db = test.Database.CreateContext();
        var counts = await db.Units.GroupBy(u => new { u.Version, u.Level }).Select(g => new { g.Key.Version, g.Key.Level, N = g.Count() }).ToListAsync(ct);
        Assert.Equal(10_047, counts.Single(c => c.Version == "2025-03" && c.Level == UnitLevel.Commune).N);
        Assert.Equal(63, counts.Single(c => c.Version == "2025-03" && c.Level == UnitLevel.Province).N);
        Assert.Equal(3_321, counts.Single(c => c.Version == "2025-07" && c.Level == UnitLevel.Commune).N);
        Assert.Equal(34, counts.Single(c => c.Version == "2025-07" && c.Level == UnitLevel.Province).N);
        Assert.IsType<UnitImportResult.Completed>(merges);
        Assert.Equal(1_012, await db.UnitMappings.CountAsync(m => m.Kind == MergeKind.Partial, ct));
        var chauO = await db.Units.SingleAsync(u => u.Version == "2025-03" && u.Code == "21040", ct);
        var binhSon = await db.Units.SingleAsync(u => u.Version == "2025-07" && u.Code == "21040", ct);
        Assert.Equal(("Thị trấn Châu Ổ", "Xã Bình Sơn"), (chauO.Name, binhSon.Name));
    }

    [Fact]
    public async Task ImportFileAsync_SameFileTwice_AddsNothingTheSecondTime()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var import = new ImportUnits(test.Database);
        var ct = TestContext.Current.CancellationToken;
        var path = SharedData.PathOf("admin-units/post2025/dvhcvn-20250701_gso-dispatches/915_CTK-CSCL.csv");
        await import.ImportFileAsync(path, ct);

        var again = Assert.IsType<UnitImportResult.Completed>(await import.ImportFileAsync(path, ct));

        Assert.Equal((0, 0), (again.UnitsAdded, again.UnitsUpdated));
    }

    [Fact]
    public async Task ImportFileAsync_GsoWebsiteExcelExport_LoadsTheThreeTiers()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var path = Path.Combine(_folder, "Danh sách cấp xã.xlsx");
        XlsxFile.Write(path, "Sheet1",
        [
            ["DANH MỤC ĐƠN VỊ HÀNH CHÍNH VIỆT NAM"],
            ["Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã", "Mã PX", "Cấp"],
            ["Tỉnh Quảng Ngãi", 51d, "Huyện Bình Sơn", 524d, "Thị trấn Châu Ổ", 21040d, "Thị trấn"],
            ["Tỉnh Quảng Ngãi", 51d, "Huyện Bình Sơn", 524d, "Xã Bình Thuận", 21043d, "Xã"],
            ["Thành phố Hà Nội", 1d, "Quận Ba Đình", 1d, "Phường Phúc Xá", 1d, "Phường"],
        ]);

        var result = await new ImportUnits(test.Database).ImportFileAsync(path, TestContext.Current.CancellationToken);

        Assert.IsType<UnitImportResult.Completed>(result);
        await using var db = test.Database.CreateContext();
        var phucXa = await db.Units.SingleAsync(u => u.Version == "2025-03" && u.Code == "00001", TestContext.Current.CancellationToken);
        Assert.Equal(("Phường Phúc Xá", "001", UnitLevel.Commune), (phucXa.Name, phucXa.ParentCode, phucXa.Level));
    }

    [Fact]
    public async Task ImportFileAsync_CodeWithLetters_FailsNamingTheRowAndStoresNothing()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var path = Path.Combine(_folder, "gso.xlsx");
        XlsxFile.Write(path, "Sheet1",
        [
            ["Mã TP", "Tỉnh Thành Phố", "Mã QH", "Quận Huyện", "Mã PX", "Phường Xã", "Cấp"],
            ["51", "Tỉnh Quảng Ngãi", "524", "Huyện Bình Sơn", "21043", "Xã Bình Thuận", "Xã"],
            ["51", "Tỉnh Quảng Ngãi", "524", "Huyện Bình Sơn", "21A91", "Xã Bình Thanh", "Xã"],
        ]);

        var result = await new ImportUnits(test.Database).ImportFileAsync(path, TestContext.Current.CancellationToken);

        Assert.Contains("dòng 3", Assert.IsType<UnitImportResult.Failed>(result).Message, StringComparison.Ordinal);
        await using var db = test.Database.CreateContext();
        Assert.Equal(0, await db.Units.CountAsync(TestContext.Current.CancellationToken));
    }
}
