using System.Globalization;
using System.Text.RegularExpressions;

namespace SachSong.Core.Units.Formats;

/// <summary>
/// Công văn 1027/CTK-CSCL, Phụ lục I, transcribed as Markdown tables (<c>| Stt | Mã số | Tên đơn vị hành chính | Tỉnh (thành phố) |</c>):
/// the communes of the "2025-07" catalogue. The header repeats at page breaks, a row with no number and no code
/// ("TỈNH CAO BẰNG") starts each province, and names may be broken with <c>&lt;br&gt;</c>. The province code comes from the
/// heading via the province names of Công văn 915, else from the last column.
/// </summary>
internal static partial class Dispatch1027Reader
{
    public static bool Recognises(string text)
    {
        foreach (var line in Lines(text))
            if (IsTableLine(line.Text) && MatchHeader(HeaderKey.OfRow(SplitRow(line.Text))) is not null) return true;
        return false;
    }

    public static UnitFile Read(string text, UnitFileBuilder file)
    {
        var version = CatalogVersion.TwoTier.Id;
        (int Code, int Name, int Province)? columns = null;
        string? headingProvince = null;
        var unresolved = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (lineNumber, line) in Lines(text))
        {
            if (!IsTableLine(line)) continue;
            var location = string.Create(CultureInfo.InvariantCulture, $"dòng {lineNumber}");
            var cells = SplitRow(line);
            if (cells.All(c => SeparatorCell().IsMatch(c))) continue;
            if (MatchHeader(HeaderKey.OfRow(cells)) is { } header)
            {
                columns = header;
                continue;
            }
            if (columns is not { } col)
                throw file.Error(location, "bảng không có dòng tiêu đề 'Stt | Mã số | Tên đơn vị hành chính'");

            var rawCode = Cell(cells, col.Code);
            var name = UnitNames.Normalize(Cell(cells, col.Name));
            if (rawCode.Length == 0)
            {
                if (name.Length == 0) continue;
                // A heading row: the province of the rows below it.
                headingProvince = NewProvinces.CodeOf(name);
                if (headingProvince is null && unresolved.Add(name))
                    file.Warn(location, $"không nhận ra tỉnh '{name}' theo danh sách 34 tỉnh của Công văn 915");
                continue;
            }

            var code = UnitCodes.Parse(rawCode, UnitLevel.Commune, padShort: false, file, location);
            if (name.Length == 0) throw file.Error(location, $"thiếu tên đơn vị có mã {code}");
            var type = UnitNames.TypeFromName(name, UnitLevel.Commune)
                ?? throw file.Error(location, $"không xác định được loại đơn vị của '{name}'");
            var provinceText = col.Province >= 0 ? UnitNames.Normalize(Cell(cells, col.Province)) : string.Empty;
            var fromColumn = NewProvinces.CodeOf(provinceText);
            if (headingProvince is not null && fromColumn is not null && !string.Equals(headingProvince, fromColumn, StringComparison.Ordinal))
                file.Warn(location, $"'{name}' ghi tỉnh '{provinceText}' ({fromColumn}) nhưng nằm dưới tỉnh {headingProvince}; dùng {headingProvince}");
            var parent = headingProvince ?? fromColumn;
            if (parent is null)
                file.Warn(location, $"không xác định được tỉnh của '{name}' ({code}); để trống mã tỉnh");
            file.AddUnit(new AdministrativeUnit(version, code, name, type, UnitLevel.Commune, parent), location);
        }
        if (columns is null) throw file.Error(null, "không tìm thấy bảng có cột 'Mã số'");
        return file.Build(UnitFileFormats.Dispatch1027);
    }

    private static (int Code, int Name, int Province)? MatchHeader(IReadOnlyList<string> keys)
    {
        var code = HeaderKey.Find(keys, "maso");
        var name = HeaderKey.Find(keys, "tendonvihanhchinh", "tendonvi");
        var province = HeaderKey.Find(keys, "tinhthanhpho", "tinh");
        return code >= 0 && name >= 0 ? (code, name, province) : null;
    }

    private static bool IsTableLine(string line) => line.TrimStart().StartsWith('|');

    private static List<string> SplitRow(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|')) trimmed = trimmed[1..];
        if (trimmed.EndsWith('|')) trimmed = trimmed[..^1];
        return trimmed.Split('|').Select(c => LineBreak().Replace(c, " ").Trim()).ToList();
    }

    private static string Cell(List<string> cells, int index) => index < cells.Count ? cells[index] : string.Empty;

    private static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        using var reader = new StringReader(text);
        var number = 0;
        while (reader.ReadLine() is { } line) yield return (++number, line);
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"^\s*:?-+:?\s*$|^\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorCell();
}
