using System.Text.Json;
using static SachSong.Core.Units.Formats.JsonFields;

namespace SachSong.Core.Units.Formats;

/// <summary>
/// thanglequoc/vietnamese-provinces-database JSON: an array of provinces with <c>Code, FullName, AdministrativeUnitId</c>.
/// v2 (<c>mongo_data_vn_unit.json</c>) nests <c>District[].Ward[]</c> (3 tiers, "2025-03"; Ward is null for island districts);
/// v3 and later nest <c>Wards[]</c> directly under the province (2 tiers, "2025-07").
/// </summary>
internal static class ThanglequocReader
{
    // AdministrativeUnitId → type, from the upstream administrative_units tables.
    private static readonly Dictionary<int, string> ThreeTierTypes = new()
    {
        [1] = UnitNames.ProvinceCityType, [2] = "Tỉnh", [3] = "Thành phố", [4] = "Thành phố", [5] = "Quận",
        [6] = "Thị xã", [7] = "Huyện", [8] = "Phường", [9] = "Thị trấn", [10] = "Xã",
    };

    private static readonly Dictionary<int, string> TwoTierTypes = new()
    {
        [1] = UnitNames.ProvinceCityType, [2] = "Tỉnh", [3] = "Phường", [4] = "Xã", [5] = "Đặc khu",
    };

    public static bool RecognisesThreeTier(JsonElement first) => Has(first, "Code") && Has(first, "District");

    public static bool RecognisesTwoTier(JsonElement first) => Has(first, "Code") && Has(first, "Wards");

    public static UnitFile ReadThreeTier(JsonElement root, UnitFileBuilder file)
    {
        var version = CatalogVersion.ThreeTier.Id;
        foreach (var (province, p) in Elements(root, file))
        {
            var provinceCode = AddUnit(file, version, province, UnitLevel.Province, null, p, ThreeTierTypes);
            foreach (var (district, d) in Items(province, "District", p, file, optional: true))
            {
                var districtCode = AddUnit(file, version, district, UnitLevel.District, provinceCode, d, ThreeTierTypes);
                foreach (var (ward, w) in Items(district, "Ward", d, file, optional: true))
                    AddUnit(file, version, ward, UnitLevel.Commune, districtCode, w, ThreeTierTypes);
            }
        }
        return file.Build(UnitFileFormats.ThanglequocThreeTier);
    }

    public static UnitFile ReadTwoTier(JsonElement root, UnitFileBuilder file)
    {
        var version = CatalogVersion.TwoTier.Id;
        foreach (var (province, p) in Elements(root, file))
        {
            var provinceCode = AddUnit(file, version, province, UnitLevel.Province, null, p, TwoTierTypes);
            foreach (var (ward, w) in Items(province, "Wards", p, file, optional: true))
            {
                var stated = OptionalString(ward, "ProvinceCode", w, file);
                if (stated is not null && !string.Equals(stated, provinceCode, StringComparison.Ordinal))
                    file.Warn(Where(w), $"ProvinceCode '{stated}' khác mã tỉnh chứa nó ({provinceCode}); dùng {provinceCode}");
                AddUnit(file, version, ward, UnitLevel.Commune, provinceCode, w, TwoTierTypes);
            }
        }
        return file.Build(UnitFileFormats.ThanglequocTwoTier);
    }

    private static IEnumerable<(JsonElement, string)> Elements(JsonElement root, UnitFileBuilder file)
    {
        var i = 0;
        foreach (var item in root.EnumerateArray())
        {
            var path = $"[{i++.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
            if (item.ValueKind != JsonValueKind.Object) throw file.Error(Where(path), "phần tử phải là một đối tượng JSON");
            yield return (item, path);
        }
    }

    private static string AddUnit(
        UnitFileBuilder file, string version, JsonElement element, UnitLevel level, string? parent, string path, Dictionary<int, string> types)
    {
        var code = Code(element, "Code", level, path, file);
        var name = UnitNames.Normalize(OptionalString(element, "FullName", path, file) ?? RequiredString(element, "Name", path, file));
        var declared = OptionalInt(element, "AdministrativeUnitId") is { } id && types.TryGetValue(id, out var t) ? t : null;
        var type = file.ResolveType(declared, name, level, Where(path));
        file.AddUnit(new AdministrativeUnit(version, code, UnitNames.WithPrefix(name, type), type, level, parent), Where(path));
        return code;
    }
}
