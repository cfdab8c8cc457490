using System.Text.Json;
using static SachSong.Core.Units.Formats.JsonFields;

namespace SachSong.Core.Units.Formats;

/// <summary>
/// daohoangson/dvhcvn <c>dvhcvn.json</c>: <c>{data:[{level1_id, name, type, level2s:[{level2_id, name, type, level3s:[…]}]}], data_date}</c>,
/// the GSO 3-tier catalogue as of 01/03/2025 (version "2025-03").
/// </summary>
internal static class DvhcvnCatalogueReader
{
    private const string ExpectedDate = "01/03/2025";

    public static bool Recognises(JsonElement first) =>
        Has(first, "level1_id") && Has(first, "level2s") && !Has(first, "merges") && !Has(first, "splits");

    public static UnitFile Read(JsonElement root, UnitFileBuilder file)
    {
        var version = CatalogVersion.ThreeTier.Id;
        var date = OptionalString(root, "data_date", string.Empty, file);
        if (date is not null && !string.Equals(date.Trim(), ExpectedDate, StringComparison.Ordinal))
            file.Warn(null, $"dữ liệu ngày {date.Trim()}, không phải {ExpectedDate}; vẫn nhập là danh mục {version}");

        foreach (var (province, p) in Items(root, "data", string.Empty, file))
        {
            var provinceCode = Code(province, "level1_id", UnitLevel.Province, p, file);
            AddUnit(file, version, provinceCode, province, UnitLevel.Province, null, p);
            foreach (var (district, d) in Items(province, "level2s", p, file, optional: true))
            {
                var districtCode = Code(district, "level2_id", UnitLevel.District, d, file);
                AddUnit(file, version, districtCode, district, UnitLevel.District, provinceCode, d);
                foreach (var (commune, c) in Items(district, "level3s", d, file, optional: true))
                {
                    var communeCode = Code(commune, "level3_id", UnitLevel.Commune, c, file);
                    AddUnit(file, version, communeCode, commune, UnitLevel.Commune, districtCode, c);
                }
            }
        }
        return file.Build(UnitFileFormats.DvhcvnCatalogue);
    }

    private static void AddUnit(UnitFileBuilder file, string version, string code, JsonElement element, UnitLevel level, string? parent, string path)
    {
        var name = UnitNames.Normalize(RequiredString(element, "name", path, file));
        var type = file.ResolveType(OptionalString(element, "type", path, file), name, level, Where(path));
        file.AddUnit(new AdministrativeUnit(version, code, UnitNames.WithPrefix(name, type), type, level, parent), Where(path));
    }
}
