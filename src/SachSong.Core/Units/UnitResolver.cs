using SachSong.Core.Text;

namespace SachSong.Core.Units;

/// <summary>
/// Resolves unit names as people type them ("Xã Bình Long", "bình long", "Thị trấn Châu Ô" for Châu Ổ) or codes
/// to a unit of one catalogue version. Tries, in order: the code, the full name, the name without its type,
/// then the same ignoring diacritics; several candidates at the first level that finds any is an error.
/// </summary>
public sealed class UnitResolver
{
    private readonly Dictionary<string, AdministrativeUnit> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AdministrativeUnit>> _byFullKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AdministrativeUnit>> _byShortKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AdministrativeUnit>> _byFullLoose = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AdministrativeUnit>> _byShortLoose = new(StringComparer.Ordinal);

    public UnitResolver(IEnumerable<AdministrativeUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        foreach (var u in units)
        {
            _byCode[u.Code] = u;
            Add(_byFullKey, VietnameseText.MatchKey(u.Name), u);
            Add(_byShortKey, VietnameseText.MatchKey(u.ShortName), u);
            Add(_byFullLoose, VietnameseText.AccentFreeKey(u.Name), u);
            Add(_byShortLoose, VietnameseText.AccentFreeKey(u.ShortName), u);
        }
    }

    public UnitResolution Resolve(string? input, UnitLevel? level = null)
    {
        var text = VietnameseText.Clean(input);
        if (text.Length == 0) return new UnitResolution.NotFound(text);
        if (text.All(char.IsAsciiDigit))
        {
            foreach (var candidate in CodeForms(text))
                if (_byCode.TryGetValue(candidate, out var byCode) && (level is null || byCode.Level == level))
                    return new UnitResolution.Found(byCode);
            return new UnitResolution.NotFound(text);
        }

        var stripped = UnitTypes.StripType(text);
        var typed = UnitTypes.TypeOf(text);
        var lookups = new (Dictionary<string, List<AdministrativeUnit>> Index, string Key)[]
        {
            (_byFullKey, VietnameseText.MatchKey(text)),
            (_byShortKey, VietnameseText.MatchKey(stripped)),
            (_byFullLoose, VietnameseText.AccentFreeKey(text)),
            (_byShortLoose, VietnameseText.AccentFreeKey(stripped)),
        };
        foreach (var (index, key) in lookups)
        {
            if (!index.TryGetValue(key, out var found)) continue;
            var candidates = found
                .Where(u => level is null || u.Level == level)
                .Where(u => typed is null || string.Equals(UnitTypes.TypeOf(u.Name), typed, StringComparison.Ordinal))
                .Distinct()
                .ToList();
            if (candidates.Count == 1) return new UnitResolution.Found(candidates[0]);
            if (candidates.Count > 1) return new UnitResolution.Ambiguous(text, candidates);
        }
        return new UnitResolution.NotFound(text);
    }

    // A code typed into Excel loses its leading zeros ("1" for "01", "1234" for "01234").
    private static IEnumerable<string> CodeForms(string digits)
    {
        yield return digits;
        foreach (var width in new[] { 2, 3, 5 })
            if (digits.Length < width) yield return digits.PadLeft(width, '0');
    }

    private static void Add(Dictionary<string, List<AdministrativeUnit>> index, string key, AdministrativeUnit unit)
    {
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(unit);
    }
}
