using System.Globalization;
using System.Text.Json;

namespace SachSong.Core.Units.Formats;

/// <summary>Reads fields of upstream JSON, naming the JSON path (e.g. <c>data[3].level2s[1]</c>) in every error.</summary>
internal static class JsonFields
{
    public static bool Has(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out _);

    /// <summary>The elements of an array property with their paths; a missing or null property gives none when <paramref name="optional"/>.</summary>
    /// <exception cref="UnitFileFormatException">When the property is required but missing, or is not an array.</exception>
    public static IEnumerable<(JsonElement Item, string Path)> Items(
        JsonElement owner, string name, string path, UnitFileBuilder file, bool optional = false)
    {
        var childPath = path.Length == 0 ? name : $"{path}.{name}";
        if (!owner.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            if (optional) return [];
            throw file.Error(Where(path), $"thiếu danh sách '{name}'");
        }
        if (array.ValueKind != JsonValueKind.Array)
            throw file.Error(Where(childPath), $"'{name}' phải là một danh sách");
        return Enumerate(array, childPath, file);
    }

    private static IEnumerable<(JsonElement, string)> Enumerate(JsonElement array, string path, UnitFileBuilder file)
    {
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]");
            if (item.ValueKind != JsonValueKind.Object)
                throw file.Error(Where(itemPath), "phần tử phải là một đối tượng JSON");
            yield return (item, itemPath);
        }
    }

    /// <summary>A text property, or null when it is missing or null.</summary>
    /// <exception cref="UnitFileFormatException">When the property holds something other than text.</exception>
    public static string? OptionalString(JsonElement owner, string name, string path, UnitFileBuilder file)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw file.Error(Where(path), $"trường '{name}' phải là chuỗi");
    }

    /// <exception cref="UnitFileFormatException">When the property is missing, empty or not text.</exception>
    public static string RequiredString(JsonElement owner, string name, string path, UnitFileBuilder file)
    {
        var text = OptionalString(owner, name, path, file);
        return string.IsNullOrWhiteSpace(text) ? throw file.Error(Where(path), $"thiếu trường '{name}'") : text;
    }

    /// <summary>An integer property (e.g. thanglequoc's AdministrativeUnitId), or null when missing or not an integer.</summary>
    public static int? OptionalInt(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;

    /// <summary>
    /// A code property of a unit of <paramref name="level"/>. A code stored as a number has lost its leading zeros and gets them back;
    /// a code stored as text must have exactly the right number of digits.
    /// </summary>
    /// <exception cref="UnitFileFormatException">When the code is missing or malformed.</exception>
    public static string Code(JsonElement owner, string name, UnitLevel level, string path, UnitFileBuilder file)
    {
        if (owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number)
            return UnitCodes.Parse(value.GetRawText(), level, padShort: true, file, Where(path));
        return UnitCodes.Parse(RequiredStringOrEmpty(owner, name, path, file), level, padShort: false, file, Where(path));
    }

    /// <summary>A code that may be of any of <paramref name="levels"/> (told apart by length), as <see cref="Code"/> does for one.</summary>
    /// <exception cref="UnitFileFormatException">When the code fits none of the levels.</exception>
    public static (string Code, UnitLevel Level) CodeOfAny(JsonElement owner, string name, string path, UnitFileBuilder file, params UnitLevel[] levels)
    {
        var raw = RequiredStringOrEmpty(owner, name, path, file);
        foreach (var level in levels)
            if (UnitCodes.TryNormalize(raw, UnitCodes.WidthOf(level), padShort: false) is { } code) return (code, level);
        var widths = string.Join(" hoặc ", levels.Select(l => UnitCodes.WidthOf(l).ToString(CultureInfo.InvariantCulture)));
        throw file.Error(Where(path), $"mã '{raw}' trong trường '{name}' không hợp lệ (cần {widths} chữ số)");
    }

    public static string Where(string path) => path.Length == 0 ? "gốc JSON" : $"tại {path}";

    private static string RequiredStringOrEmpty(JsonElement owner, string name, string path, UnitFileBuilder file)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            throw file.Error(Where(path), $"thiếu trường '{name}'");
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? string.Empty,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw file.Error(Where(path), $"trường '{name}' phải là chuỗi chữ số"),
        };
    }
}
