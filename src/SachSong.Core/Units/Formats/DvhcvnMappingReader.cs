using System.Text.Json;
using static SachSong.Core.Units.Formats.JsonFields;

namespace SachSong.Core.Units.Formats;

/// <summary>
/// dvhcvn/20250701 mapping files, links from the "2025-03" to the "2025-07" catalogue.
/// <c>merges.json</c> (new ← old): <c>{data:[{level1_id, merges:[{old_id, type}], level2s:[{level2_id, merges:[{old_id, name, type}]}]}]}</c>,
/// where <c>level2_id</c> is the new 5-digit commune code and <c>type</c> is full or partial.
/// <c>splits.json</c> (old → new): <c>{data:[{level1_id, splits:[{new_id}], level3s:[{level3_id, splits:[{new_id, name}]}]}]}</c>,
/// with no type: an old unit split over several new ones is a partial link, otherwise full.
/// Province links (2-digit codes) are included beside the commune links.
/// </summary>
internal static class DvhcvnMappingReader
{
    public static bool RecognisesMerges(JsonElement first) => Has(first, "level1_id") && Has(first, "merges");

    public static bool RecognisesSplits(JsonElement first) => Has(first, "level1_id") && Has(first, "splits");

    public static UnitFile ReadMerges(JsonElement root, UnitFileBuilder file)
    {
        foreach (var (province, p) in Items(root, "data", string.Empty, file))
        {
            var newProvince = Code(province, "level1_id", UnitLevel.Province, p, file);
            foreach (var (link, l) in Items(province, "merges", p, file, optional: true))
            {
                var oldProvince = Code(link, "old_id", UnitLevel.Province, l, file);
                file.AddMapping(Link(oldProvince, newProvince, Kind(link, l, file)));
            }
            foreach (var (commune, c) in Items(province, "level2s", p, file, optional: true))
            {
                var newCommune = Code(commune, "level2_id", UnitLevel.Commune, c, file);
                foreach (var (link, l) in Items(commune, "merges", c, file))
                {
                    var (oldCode, oldLevel) = CodeOfAny(link, "old_id", l, file, UnitLevel.Commune, UnitLevel.District);
                    if (oldLevel == UnitLevel.District)
                        file.Warn(Where(l), $"xã mới {newCommune} nhận cả huyện cũ {oldCode} ({OptionalString(link, "name", l, file)}), một huyện không có xã");
                    file.AddMapping(Link(oldCode, newCommune, Kind(link, l, file)));
                }
            }
        }
        return file.Build(UnitFileFormats.DvhcvnMerges);
    }

    public static UnitFile ReadSplits(JsonElement root, UnitFileBuilder file)
    {
        foreach (var (province, p) in Items(root, "data", string.Empty, file))
        {
            var oldProvince = Code(province, "level1_id", UnitLevel.Province, p, file);
            AddSplits(file, oldProvince, UnitLevel.Province, province, p);
            foreach (var (commune, c) in Items(province, "level3s", p, file, optional: true))
            {
                var oldCommune = Code(commune, "level3_id", UnitLevel.Commune, c, file);
                AddSplits(file, oldCommune, UnitLevel.Commune, commune, c);
            }
        }
        return file.Build(UnitFileFormats.DvhcvnSplits);
    }

    private static void AddSplits(UnitFileBuilder file, string oldCode, UnitLevel level, JsonElement owner, string path)
    {
        var newCodes = Items(owner, "splits", path, file)
            .Select(s => Code(s.Item, "new_id", level, s.Path, file))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (newCodes.Count == 0)
            file.Warn(Where(path), $"{UnitCodes.LevelWord(level)} cũ {oldCode} không có đơn vị mới nào");
        var kind = newCodes.Count > 1 ? MergeKind.Partial : MergeKind.Full;
        foreach (var newCode in newCodes)
            file.AddMapping(Link(oldCode, newCode, kind));
    }

    private static UnitMapping Link(string oldCode, string newCode, MergeKind kind) =>
        new(CatalogVersion.ThreeTier.Id, oldCode, CatalogVersion.TwoTier.Id, newCode, kind);

    private static MergeKind Kind(JsonElement link, string path, UnitFileBuilder file)
    {
        var type = OptionalString(link, "type", path, file)?.Trim();
        if (type is null) return MergeKind.Full;
        if (string.Equals(type, "full", StringComparison.OrdinalIgnoreCase)) return MergeKind.Full;
        if (string.Equals(type, "partial", StringComparison.OrdinalIgnoreCase)) return MergeKind.Partial;
        throw file.Error(Where(path), $"loại liên kết '{type}' không hợp lệ (cần 'full' hoặc 'partial')");
    }
}
