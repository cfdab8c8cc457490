using System.Globalization;

namespace SachSong.Core.Units.Formats;

/// <summary>
/// Công văn 915/CTK-CSCL as CSV (<c>Stt,Mã số,Tên 34 tỉnh sau sáp nhập</c>): the provinces of the "2025-07" catalogue.
/// Names are written without "Tỉnh" ("Cao Bằng") but with "Thành phố" for the centrally governed cities; the full name
/// gets the prefix ("Tỉnh Cao Bằng").
/// </summary>
internal static class Dispatch915Reader
{
    /// <summary>Column indexes (code, name) when <paramref name="keys"/> is the 915 header row.</summary>
    public static (int Code, int Name)? MatchHeader(IReadOnlyList<string> keys)
    {
        var code = HeaderKey.Find(keys, "maso", "ma", "matinh");
        var name = -1;
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i].StartsWith("ten", StringComparison.Ordinal) && keys[i].Contains("tinh", StringComparison.Ordinal))
            {
                name = i;
                break;
            }
        }
        return code >= 0 && name >= 0 ? (code, name) : null;
    }

    public static UnitFile Read(IReadOnlyList<TextRecord> records, int headerIndex, (int Code, int Name) columns, UnitFileBuilder file)
    {
        var version = CatalogVersion.TwoTier.Id;
        for (var r = headerIndex + 1; r < records.Count; r++)
        {
            var record = records[r];
            var location = string.Create(CultureInfo.InvariantCulture, $"dòng {record.Line}");
            var rawCode = Cell(record, columns.Code);
            var rawName = Cell(record, columns.Name);
            if (string.IsNullOrWhiteSpace(rawCode) && string.IsNullOrWhiteSpace(rawName))
            {
                if (record.Cells.Any(c => !string.IsNullOrWhiteSpace(c))) file.Warn(location, "bỏ qua dòng không có mã và tên tỉnh");
                continue;
            }
            var code = UnitCodes.Parse(rawCode, UnitLevel.Province, padShort: true, file, location);
            var name = UnitNames.Normalize(rawName);
            if (name.Length == 0) throw file.Error(location, $"thiếu tên tỉnh có mã {code}");
            var type = UnitNames.TypeFromName(name, UnitLevel.Province) ?? "Tỉnh";
            file.AddUnit(new AdministrativeUnit(version, code, UnitNames.WithPrefix(name, type), type, UnitLevel.Province, null), location);
        }
        return file.Build(UnitFileFormats.Dispatch915);
    }

    private static string? Cell(TextRecord record, int index) => index < record.Cells.Count ? record.Cells[index] : null;
}
