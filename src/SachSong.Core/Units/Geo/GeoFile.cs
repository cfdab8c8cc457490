using System.Globalization;
using System.Text.Json;
using SachSong.Core.Text;

namespace SachSong.Core.Units.Geo;

/// <summary>
/// Reads unit boundaries from the files officials and open-data projects publish: a GeoJSON FeatureCollection (thanglequoc's
/// provinces with <c>code</c>/<c>name</c>, geoBoundaries with only <c>shapeName</c>, or any file whose properties hold a code and a
/// name), a single Feature, or dvhcvn's GIS tree (<c>level1_id</c>, <c>level2s</c>, <c>level3s</c>, each with <c>coordinates</c>).
/// </summary>
public static class GeoFile
{
    /// <summary>What the file held.</summary>
    /// <param name="Format">"geojson" or "dvhcvn".</param>
    /// <param name="Features">Every unit with a Polygon or MultiPolygon boundary.</param>
    /// <param name="Skipped">Features left out (no geometry, or a geometry that is not an area), with why.</param>
    public sealed record Content(string Format, IReadOnlyList<GeoFeature> Features, IReadOnlyList<string> Skipped);

    // Property names that hold the GSO code or the name, in the order they are trusted.
    private static readonly string[] CodeProperties = ["code", "Code", "ma", "ma_dvhc", "level1_id", "level2_id", "level3_id", "gso_code"];
    private static readonly string[] NameProperties = ["fullName", "FullName", "name", "Name", "ten", "shapeName"];

    /// <exception cref="FormatException">When the stream is not JSON or not one of the shapes above.</exception>
    public static Content Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new FormatException("Tệp không phải JSON hợp lệ: " + e.Message, e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException("Tệp ranh giới phải là một đối tượng JSON (FeatureCollection hoặc cây dvhcvn).");
            var features = new List<GeoFeature>();
            var skipped = new List<string>();
            var type = Text(root, "type");
            if (type == "FeatureCollection" && root.TryGetProperty("features", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var feature in list.EnumerateArray()) AddFeature(feature, features, skipped);
                return new Content("geojson", features, skipped);
            }
            if (type == "Feature")
            {
                AddFeature(root, features, skipped);
                return new Content("geojson", features, skipped);
            }
            if (root.TryGetProperty("level1_id", out _) || root.TryGetProperty("level2s", out _))
            {
                AddTree(root, features, skipped);
                return new Content("dvhcvn", features, skipped);
            }
            throw new FormatException("Không nhận ra định dạng: cần GeoJSON FeatureCollection/Feature hoặc tệp GIS của dvhcvn (level1_id, level2s).");
        }
    }

    private static void AddFeature(JsonElement feature, List<GeoFeature> features, List<string> skipped)
    {
        var properties = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var code = properties.ValueKind == JsonValueKind.Object ? First(properties, CodeProperties) : null;
        code ??= feature.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number ? Scalar(id) : null;
        var name = properties.ValueKind == JsonValueKind.Object ? First(properties, NameProperties) : null;
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object)
        {
            skipped.Add($"{Label(code, name)}: không có hình học");
            return;
        }
        var polygons = Polygons(Text(geometry, "type"), geometry.TryGetProperty("coordinates", out var c) ? c : default);
        if (polygons is null) skipped.Add($"{Label(code, name)}: hình học {Text(geometry, "type") ?? "?"} không phải vùng");
        else features.Add(new GeoFeature(Clean(code), Clean(name), polygons));
    }

    private static void AddTree(JsonElement node, List<GeoFeature> features, List<string> skipped)
    {
        var code = First(node, ["level1_id", "level2_id", "level3_id"]);
        var name = Text(node, "name");
        if (node.TryGetProperty("coordinates", out var coordinates))
        {
            // dvhcvn writes the geometry type beside the coordinates; its "type" is the geometry's, not the unit's.
            var polygons = Polygons(Text(node, "type"), coordinates);
            if (polygons is null) skipped.Add($"{Label(code, name)}: hình học {Text(node, "type") ?? "?"} không phải vùng");
            else features.Add(new GeoFeature(Clean(code), Clean(name), polygons));
        }
        foreach (var children in new[] { "level2s", "level3s" })
            if (node.TryGetProperty(children, out var list) && list.ValueKind == JsonValueKind.Array)
                foreach (var child in list.EnumerateArray()) AddTree(child, features, skipped);
    }

    private static List<IReadOnlyList<IReadOnlyList<GeoPoint>>>? Polygons(string? type, JsonElement coordinates)
    {
        if (coordinates.ValueKind != JsonValueKind.Array) return null;
        return type switch
        {
            "Polygon" => [Polygon(coordinates)],
            "MultiPolygon" => [.. coordinates.EnumerateArray().Select(Polygon)],
            _ => null,
        };
    }

    private static List<IReadOnlyList<GeoPoint>> Polygon(JsonElement rings) =>
        [.. rings.EnumerateArray().Select(ring => (IReadOnlyList<GeoPoint>)[.. ring.EnumerateArray().Select(Point)])];

    private static GeoPoint Point(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2) throw new FormatException("Tọa độ phải là [kinh độ, vĩ độ].");
        return new GeoPoint(position[0].GetDouble(), position[1].GetDouble());
    }

    private static string? First(JsonElement obj, IEnumerable<string> names)
    {
        foreach (var name in names)
            if (obj.TryGetProperty(name, out var value) && Scalar(value) is { Length: > 0 } text) return text;
        return null;
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? Scalar(value) : null;

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static string? Clean(string? text) => text is null ? null : VietnameseText.Clean(text) is { Length: > 0 } t ? t : null;

    private static string Label(string? code, string? name) => string.Create(CultureInfo.InvariantCulture, $"{name ?? "?"} ({code ?? "không mã"})");
}
