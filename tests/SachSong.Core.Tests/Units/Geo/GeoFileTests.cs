using System.Text;
using SachSong.Core.Units.Geo;

namespace SachSong.Core.Tests.Units.Geo;

public sealed class GeoFileTests
{
    private static GeoFile.Content Read(string json) => GeoFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Read_FeatureCollectionWithCodeAndName_GivesEachFeature()
    {
        var content = Read("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","id":"51","properties":{"code":"51","name":"Quảng Ngãi","fullName":"Tỉnh Quảng Ngãi"},
               "geometry":{"type":"MultiPolygon","coordinates":[[[[108,15],[109,15],[109,16],[108,15]]]]}},
              {"type":"Feature","properties":{"shapeName":"Gia Lai"},"geometry":{"type":"Polygon","coordinates":[[[107,13],[108,13],[108,14],[107,13]]]}}]}
            """);

        Assert.Equal("geojson", content.Format);
        Assert.Collection(content.Features,
            f => Assert.Equal(("51", "Tỉnh Quảng Ngãi", 4), (f.Code, f.Name, f.PointCount)),
            f => Assert.Equal(((string?)null, "Gia Lai", 4), (f.Code, f.Name, f.PointCount)));
    }

    [Fact]
    public void Read_DvhcvnTree_GivesTheProvinceAndItsDistricts()
    {
        var content = Read("""
            {"level1_id":"51","name":"Tỉnh Quảng Ngãi","type":"Polygon","coordinates":[[[108,15],[109,15],[109,16],[108,15]]],
             "level2s":[{"level2_id":"524","name":"Huyện Bình Sơn","type":"MultiPolygon","coordinates":[[[[108.6,15.2],[108.8,15.2],[108.8,15.4],[108.6,15.2]]]]}]}
            """);

        Assert.Equal("dvhcvn", content.Format);
        Assert.Equal(["51", "524"], content.Features.Select(f => f.Code));
    }

    [Fact]
    public void Read_PointGeometry_IsSkippedWithAReason()
    {
        var content = Read("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"1"},"geometry":{"type":"Point","coordinates":[1,2]}}]}""");

        Assert.Empty(content.Features);
        Assert.Single(content.Skipped);
    }

    [Fact]
    public void Read_NotJson_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => Read("not json"));
}
