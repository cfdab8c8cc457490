namespace SachSong.App.Units;

/// <summary>
/// A unit's boundary, simplified for drawing: MultiPolygon coordinates in WGS84 (<see cref="Core.Units.Geo.GeoJsonText"/>) with its box,
/// for the dashboard's map. The key is (catalogue version, code), as for units; importing again replaces it.
/// </summary>
public sealed class UnitGeometry
{
    private UnitGeometry() { }

    public UnitGeometry(string version, string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Version = version;
        Code = code;
    }

    public string Version { get; private set; } = "";
    public string Code { get; private set; } = "";
    /// <summary>The simplified boundary as MultiPolygon coordinates.</summary>
    public string Coordinates { get; private set; } = "";
    public double MinLon { get; private set; }
    public double MinLat { get; private set; }
    public double MaxLon { get; private set; }
    public double MaxLat { get; private set; }
    public int PointCount { get; private set; }
    /// <summary>The file it came from (name only).</summary>
    public string Source { get; private set; } = "";
    public DateTime ImportedAt { get; private set; }

    public void Replace(Core.Units.Geo.GeoFeature feature, string source, DateTime importedAt)
    {
        ArgumentNullException.ThrowIfNull(feature);
        Coordinates = Core.Units.Geo.GeoJsonText.Write(feature.Polygons);
        (MinLon, MinLat, MaxLon, MaxLat) = feature.Bounds;
        PointCount = feature.PointCount;
        Source = source;
        ImportedAt = importedAt;
    }
}
