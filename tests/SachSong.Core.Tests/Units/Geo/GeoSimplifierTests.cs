using SachSong.Core.Units.Geo;

namespace SachSong.Core.Tests.Units.Geo;

public sealed class GeoSimplifierTests
{
    private static List<GeoPoint> Circle(int points, double radius = 1)
    {
        var ring = Enumerable.Range(0, points).Select(i => new GeoPoint(radius * Math.Cos(2 * Math.PI * i / points), radius * Math.Sin(2 * Math.PI * i / points))).ToList();
        ring.Add(ring[0]);
        return ring;
    }

    [Fact]
    public void Simplify_DenseRing_KeepsFewerPointsStillClosed()
    {
        var feature = new GeoFeature("1", "A", [[Circle(5000)]]);

        var simple = GeoSimplifier.Simplify(feature);

        var ring = simple.Polygons[0][0];
        Assert.InRange(ring.Count, 8, 500);
        Assert.Equal(ring[0], ring[^1]);
    }

    [Fact]
    public void Simplify_IsletSmallerThanTolerance_IsDropped()
    {
        var islet = Circle(20, 0.0001).Select(p => new GeoPoint(p.Lon + 5, p.Lat)).ToList();
        var feature = new GeoFeature("1", "A", [[Circle(200)], [islet]]);

        var simple = GeoSimplifier.Simplify(feature);

        Assert.Single(simple.Polygons);
    }

    [Fact]
    public void Ring_StraightRunOfPoints_KeepsOnlyTheCorners()
    {
        var square = new List<GeoPoint>();
        for (var i = 0; i < 10; i++) square.Add(new GeoPoint(i / 10.0, 0));
        for (var i = 0; i < 10; i++) square.Add(new GeoPoint(1, i / 10.0));
        for (var i = 0; i < 10; i++) square.Add(new GeoPoint(1 - (i / 10.0), 1));
        for (var i = 0; i < 10; i++) square.Add(new GeoPoint(0, 1 - (i / 10.0)));
        square.Add(square[0]);

        var ring = GeoSimplifier.Ring(square, 0.001);

        Assert.Equal(5, ring.Count);
    }

    [Fact]
    public void JsonText_WriteThenRead_GivesTheSamePoints()
    {
        IReadOnlyList<IReadOnlyList<IReadOnlyList<GeoPoint>>> polygons = [[[new(108.12345, 15.5), new(109, 15), new(109, 16), new(108.12345, 15.5)]]];

        var back = GeoJsonText.Read(GeoJsonText.Write(polygons));

        Assert.Equal(polygons[0][0], back[0][0]);
    }

    [Fact]
    public void SvgMap_TwoUnits_FitsBothInTheFrameWithYDown()
    {
        IReadOnlyList<IReadOnlyList<IReadOnlyList<GeoPoint>>> north = [[[new(0, 1), new(1, 1), new(1, 2), new(0, 1)]]];
        IReadOnlyList<IReadOnlyList<IReadOnlyList<GeoPoint>>> south = [[[new(0, 0), new(1, 0), new(1, 1), new(0, 0)]]];

        var map = SvgMap.Fit([("N", north), ("S", south)], width: 100, margin: 0);

        Assert.Equal(("N", "M0 100L100 100L100 0L0 100Z"), map.Paths[0]);
        Assert.StartsWith("0 0 100 ", map.ViewBox, StringComparison.Ordinal);
    }
}
