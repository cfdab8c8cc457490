namespace SachSong.Core.Units.Geo;

/// <summary>
/// Makes boundaries small enough to draw many at once: Douglas–Peucker on each ring with a tolerance relative to the unit's size,
/// dropping rings (islets, slivers) smaller than the tolerance, and rounding to 5 decimals (about 1 m).
/// </summary>
public static class GeoSimplifier
{
    /// <summary>The default tolerance: 1/400 of the unit's larger side, which keeps a district recognisable at dashboard size.</summary>
    public const double DefaultRelativeTolerance = 1.0 / 400;

    /// <exception cref="ArgumentOutOfRangeException">When the tolerance is not positive.</exception>
    public static GeoFeature Simplify(GeoFeature feature, double relativeTolerance = DefaultRelativeTolerance)
    {
        ArgumentNullException.ThrowIfNull(feature);
        if (double.IsNaN(relativeTolerance) || relativeTolerance <= 0) throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, "Tolerance must be positive.");
        var (minLon, minLat, maxLon, maxLat) = feature.Bounds;
        var tolerance = Math.Max(maxLon - minLon, maxLat - minLat) * relativeTolerance;
        var polygons = new List<IReadOnlyList<IReadOnlyList<GeoPoint>>>();
        foreach (var polygon in feature.Polygons)
        {
            if (polygon.Count == 0 || !IsLarger(polygon[0], tolerance)) continue;
            var rings = polygon.Where(r => IsLarger(r, tolerance)).Select(r => Ring(r, tolerance)).Where(r => r.Count >= 4).ToList();
            if (rings.Count > 0) polygons.Add(rings);
        }
        // A unit made only of specks keeps its largest polygon rather than vanishing.
        if (polygons.Count == 0 && feature.Polygons.Count > 0)
            polygons.Add([Ring(feature.Polygons.MaxBy(p => p.Count == 0 ? 0 : p[0].Count)![0], 0)]);
        return feature with { Polygons = polygons };
    }

    /// <summary>Douglas–Peucker on one closed ring (first point equal to the last), keeping it closed.</summary>
    public static IReadOnlyList<GeoPoint> Ring(IReadOnlyList<GeoPoint> ring, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(ring);
        if (ring.Count < 4) return [.. ring.Select(Round)];
        var keep = new bool[ring.Count];
        keep[0] = keep[^1] = true;
        // A closed ring's ends coincide, so split it at its farthest point from the start to give the algorithm a real segment.
        var far = 0;
        var farDistance = -1.0;
        for (var i = 1; i < ring.Count - 1; i++)
        {
            var d = Squared(ring[i], ring[0]);
            if (d > farDistance) (far, farDistance) = (i, d);
        }
        keep[far] = true;
        var stack = new Stack<(int, int)>([(0, far), (far, ring.Count - 1)]);
        var limit = tolerance * tolerance;
        while (stack.Count > 0)
        {
            var (start, end) = stack.Pop();
            var index = -1;
            var max = limit;
            for (var i = start + 1; i < end; i++)
            {
                var d = SegmentDistanceSquared(ring[i], ring[start], ring[end]);
                if (d > max) (index, max) = (i, d);
            }
            if (index < 0) continue;
            keep[index] = true;
            stack.Push((start, index));
            stack.Push((index, end));
        }
        var result = new List<GeoPoint>();
        for (var i = 0; i < ring.Count; i++)
        {
            if (!keep[i]) continue;
            var point = Round(ring[i]);
            if (result.Count == 0 || result[^1] != point) result.Add(point);
        }
        if (result.Count > 0 && result[0] != result[^1]) result.Add(result[0]);
        return result;
    }

    private static bool IsLarger(IReadOnlyList<GeoPoint> ring, double tolerance)
    {
        if (ring.Count < 4) return false;
        var width = ring.Max(p => p.Lon) - ring.Min(p => p.Lon);
        var height = ring.Max(p => p.Lat) - ring.Min(p => p.Lat);
        return Math.Max(width, height) > tolerance;
    }

    private static GeoPoint Round(GeoPoint p) => new(Math.Round(p.Lon, 5), Math.Round(p.Lat, 5));

    private static double Squared(GeoPoint a, GeoPoint b) => ((a.Lon - b.Lon) * (a.Lon - b.Lon)) + ((a.Lat - b.Lat) * (a.Lat - b.Lat));

    private static double SegmentDistanceSquared(GeoPoint p, GeoPoint a, GeoPoint b)
    {
        var dx = b.Lon - a.Lon;
        var dy = b.Lat - a.Lat;
        var length = (dx * dx) + (dy * dy);
        if (length == 0) return Squared(p, a);
        var t = Math.Clamp((((p.Lon - a.Lon) * dx) + ((p.Lat - a.Lat) * dy)) / length, 0, 1);
        return Squared(p, new GeoPoint(a.Lon + (t * dx), a.Lat + (t * dy)));
    }
}
