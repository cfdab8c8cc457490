using System.Globalization;
using System.Text;

namespace SachSong.Core.Units.Geo;

/// <summary>
/// Lays several units' boundaries out in one SVG frame: an equirectangular projection with longitude scaled by the cosine of the
/// middle latitude (true shape at Vietnam's scale), fitted into a box of the given width, y pointing down.
/// </summary>
public static class SvgMap
{
    /// <summary>The frame and one path per unit, in the order given.</summary>
    public sealed record Layout(double Width, double Height, IReadOnlyList<(string Code, string Path)> Paths)
    {
        public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width:0.#} {Height:0.#}");
    }

    /// <exception cref="ArgumentException">When no unit has a point.</exception>
    public static Layout Fit(IReadOnlyList<(string Code, IReadOnlyList<IReadOnlyList<IReadOnlyList<GeoPoint>>> Polygons)> units, double width = 600, double margin = 4)
    {
        ArgumentNullException.ThrowIfNull(units);
        var points = units.SelectMany(u => u.Polygons).SelectMany(p => p).SelectMany(r => r).ToList();
        if (points.Count == 0) throw new ArgumentException("No unit has a boundary.", nameof(units));
        double minLon = points.Min(p => p.Lon), maxLon = points.Max(p => p.Lon), minLat = points.Min(p => p.Lat), maxLat = points.Max(p => p.Lat);
        var cos = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var spanX = Math.Max((maxLon - minLon) * cos, 1e-9);
        var spanY = Math.Max(maxLat - minLat, 1e-9);
        var scale = (width - (2 * margin)) / spanX;
        var height = Math.Round((spanY * scale) + (2 * margin), 1);
        var paths = units.Select(u =>
        {
            var path = new StringBuilder();
            foreach (var ring in u.Polygons.SelectMany(p => p))
            {
                for (var i = 0; i < ring.Count; i++)
                {
                    var x = margin + ((ring[i].Lon - minLon) * cos * scale);
                    var y = margin + ((maxLat - ring[i].Lat) * scale);
                    path.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "M" : "L")}{x:0.#} {y:0.#}");
                }
                path.Append('Z');
            }
            return (u.Code, path.ToString());
        }).ToList();
        return new Layout(width, height, paths);
    }
}
