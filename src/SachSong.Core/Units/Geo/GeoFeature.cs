namespace SachSong.Core.Units.Geo;

/// <summary>
/// One unit's boundary as a file gives it: the code and name the file carries (either may be missing), and its polygons, each a list of
/// rings (the first the outline, the others holes), each ring a closed list of points.
/// </summary>
public sealed record GeoFeature(string? Code, string? Name, IReadOnlyList<IReadOnlyList<IReadOnlyList<GeoPoint>>> Polygons)
{
    /// <summary>How many points the rings hold together.</summary>
    public int PointCount => Polygons.Sum(p => p.Sum(r => r.Count));

    /// <summary>The smallest box around every point: min lon, min lat, max lon, max lat.</summary>
    public (double MinLon, double MinLat, double MaxLon, double MaxLat) Bounds
    {
        get
        {
            double minLon = double.MaxValue, minLat = double.MaxValue, maxLon = double.MinValue, maxLat = double.MinValue;
            foreach (var point in Polygons.SelectMany(p => p).SelectMany(r => r))
            {
                minLon = Math.Min(minLon, point.Lon);
                minLat = Math.Min(minLat, point.Lat);
                maxLon = Math.Max(maxLon, point.Lon);
                maxLat = Math.Max(maxLat, point.Lat);
            }
            return (minLon, minLat, maxLon, maxLat);
        }
    }
}
