namespace SachSong.Cli.Tests;

public sealed class UnitsImportGeoCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ImportGeo_DvhcvnFile_ExitsZeroAndSaysWhatMatched()
    {
        var (exit, output, _) = await _cli.RunAsync("units", "import-geo", SharedData.PathOf("admin-units/geo/districts-2020_dvhcvn_gis-chinhphu/51.json"));

        Assert.Equal(0, exit);
        Assert.Contains("2 đơn vị khớp", output, StringComparison.Ordinal);
        Assert.Contains("524 Huyện Bình Sơn", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportGeo_MissingFile_ExitsTwo()
    {
        var (exit, _, error) = await _cli.RunAsync("units", "import-geo", _cli.PathOf("none.geojson"));

        Assert.Equal(2, exit);
        Assert.Contains("none.geojson", error, StringComparison.Ordinal);
    }
}
