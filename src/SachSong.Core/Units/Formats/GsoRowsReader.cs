using SachSong.Core.Text;

namespace SachSong.Core.Units.Formats;

/// <summary>
/// The GSO website's export (danhmuchanhchinh.gso.gov.vn) as rows of cells: columns "Mã TP, Tỉnh Thành Phố, Mã QH,
/// Quận Huyện, Mã PX, Phường Xã, Cấp" in any order, found by header text, after any title rows, with extra columns
/// ignored. Without district codes it is the 2-tier catalogue ("2025-07"), otherwise the 3-tier one ("2025-03").
/// Codes lose their leading zeros in a spreadsheet and get them back.
/// </summary>
internal static class GsoRowsReader
{
    private const int HeaderSearchRows = 50;

    /// <summary>Column indexes of a GSO header row; -1 for an absent optional column.</summary>
    internal sealed record Columns(int ProvinceCode, int ProvinceName, int DistrictCode, int DistrictName, int CommuneCode, int CommuneName, int Type);

    public static Columns? MatchHeader(IReadOnlyList<string> keys)
    {
        var columns = new Columns(
            HeaderKey.Find(keys, "matp", "matinh", "matinhthanhpho", "matinhtp"),
            HeaderKey.Find(keys, "tinhthanhpho", "tinhtp", "tentinhthanhpho", "tentinh", "tentinhtp", "tinh"),
            HeaderKey.Find(keys, "maqh", "mahuyen", "maquanhuyen"),
            HeaderKey.Find(keys, "quanhuyen", "tenquanhuyen", "tenhuyen", "huyen"),
            HeaderKey.Find(keys, "mapx", "maxa", "maphuongxa"),
            HeaderKey.Find(keys, "phuongxa", "tenphuongxa", "tenxa", "xa"),
            HeaderKey.Find(keys, "cap", "loai", "capxa"));
        return columns is { ProvinceCode: >= 0, ProvinceName: >= 0, CommuneCode: >= 0, CommuneName: >= 0 } ? columns : null;
    }

    /// <summary>Index of the header row among the first rows, with its columns, or null.</summary>
    public static (int Index, Columns Columns)? FindHeader(IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        for (var i = 0; i < Math.Min(rows.Count, HeaderSearchRows); i++)
            if (rows[i] is { } row && MatchHeader(HeaderKey.OfRow(row)) is { } columns) return (i, columns);
        return null;
    }

    /// <summary>Reads the rows after the header; <c>locate(i)</c> says where row i is, as the user sees it ("dòng 7").</summary>
    public static UnitFile Read(
        IReadOnlyList<IReadOnlyList<string?>> rows, int headerIndex, Columns col, Func<int, string> locate, string format, UnitFileBuilder file)
    {
        var threeTier = col.DistrictCode >= 0
            && Enumerable.Range(headerIndex + 1, rows.Count - headerIndex - 1).Any(i => !IsBlank(Cell(rows[i], col.DistrictCode)));
        var version = threeTier ? CatalogVersion.ThreeTier.Id : CatalogVersion.TwoTier.Id;

        for (var i = headerIndex + 1; i < rows.Count; i++)
        {
            var row = rows[i] ?? [];
            var location = locate(i);
            if (row.All(IsBlank)) continue;
            var rawProvince = Cell(row, col.ProvinceCode);
            var rawDistrict = threeTier ? Cell(row, col.DistrictCode) : null;
            var rawCommune = Cell(row, col.CommuneCode);
            if (IsBlank(rawProvince) && IsBlank(rawDistrict) && IsBlank(rawCommune))
            {
                file.Warn(location, "bỏ qua dòng không có mã tỉnh, huyện hay xã");
                continue;
            }

            var provinceCode = UnitCodes.Parse(rawProvince, UnitLevel.Province, padShort: true, file, location);
            var provinceName = UnitNames.Normalize(Cell(row, col.ProvinceName));
            if (provinceName.Length == 0) throw file.Error(location, $"thiếu tên tỉnh có mã {provinceCode}");
            var provinceType = UnitNames.TypeFromName(provinceName, UnitLevel.Province) ?? "Tỉnh";
            file.AddUnit(new AdministrativeUnit(
                version, provinceCode, UnitNames.WithPrefix(provinceName, provinceType), provinceType, UnitLevel.Province, null), location);

            var parent = provinceCode;
            if (threeTier)
            {
                if (IsBlank(rawDistrict))
                {
                    if (!IsBlank(rawCommune)) throw file.Error(location, "thiếu mã huyện của xã trong danh mục 3 cấp");
                    continue;
                }
                var districtCode = UnitCodes.Parse(rawDistrict, UnitLevel.District, padShort: true, file, location);
                var districtName = UnitNames.Normalize(Cell(row, col.DistrictName));
                if (districtName.Length == 0) throw file.Error(location, $"thiếu tên huyện có mã {districtCode}");
                var districtType = file.ResolveType(null, districtName, UnitLevel.District, location);
                file.AddUnit(new AdministrativeUnit(version, districtCode, districtName, districtType, UnitLevel.District, provinceCode), location);
                parent = districtCode;
            }

            // An island district without communes has a row with empty commune cells.
            if (IsBlank(rawCommune)) continue;
            var communeCode = UnitCodes.Parse(rawCommune, UnitLevel.Commune, padShort: true, file, location);
            var communeName = UnitNames.Normalize(Cell(row, col.CommuneName));
            if (communeName.Length == 0) throw file.Error(location, $"thiếu tên xã có mã {communeCode}");
            var communeType = file.ResolveType(Cell(row, col.Type), communeName, UnitLevel.Commune, location);
            file.AddUnit(new AdministrativeUnit(
                version, communeCode, UnitNames.WithPrefix(communeName, communeType), communeType, UnitLevel.Commune, parent), location);
        }
        if (file.UnitCount == 0) file.Warn(null, "không có dòng dữ liệu nào sau dòng tiêu đề");
        return file.Build(format);
    }

    private static string? Cell(IReadOnlyList<string?> row, int index) => index >= 0 && index < row.Count ? row[index] : null;

    private static bool IsBlank(string? cell) => VietnameseText.Clean(cell).Length == 0;
}
