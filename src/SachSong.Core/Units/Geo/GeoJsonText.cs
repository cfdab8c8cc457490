using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SachSong.Core.Units.Geo;

/// <summary>A boundary as compact GeoJSON MultiPolygon coordinates (<c>[[[[lon,lat],…]]]</c>), the form it is stored in.</summary>
public static class GeoJsonText
{
    public static string Write(IReadOnlyList<IReadOnlyList<IReadOnlyList<GeoPoint>>> polygons)
    {
        ArgumentNullException.ThrowIfNull(polygons);
        var text = new StringBuilder();
        text.Append('[');
        for (var p = 0; p < polygons.Count; p++)
        {
            if (p > 0) text.Append(',');
            text.Append('[');
            for (var r = 0; r < polygons[p].Count; r++)
            {
                if (r > 0) text.Append(',');
                text.Append('[');
                var ring = polygons[p][r];
                for (var i = 0; i < ring.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    text.Append(CultureInfo.InvariantCulture, $"[{ring[i].Lon:0.#####},{ring[i].Lat:0.#####}]");
                }
                text.Append(']');
            }
            text.Append(']');
        }
        return text.Append(']').ToString();
    }

    /// <exception cref="FormatException">When the text is not MultiPolygon coordinates.</exception>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<GeoPoint>>> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            using var document = JsonDocument.Parse(text);
            return [.. document.RootElement.EnumerateArray().Select(p => (IReadOnlyList<IReadOnlyList<GeoPoint>>)[.. p.EnumerateArray()
                .Select(r => (IReadOnlyList<GeoPoint>)[.. r.EnumerateArray().Select(x => new GeoPoint(x[0].GetDouble(), x[1].GetDouble()))])])];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new FormatException("Not MultiPolygon coordinates.", e);
        }
    }
}
