namespace SachSong.Core.Indicators;

/// <summary>
/// Reported figures keyed by unit code, data element and period. A key holds at most one value; a missing key means
/// "not reported" (which sums and rates count as 0, and reports can list, see <see cref="RankingRow.MissingElements"/>).
/// </summary>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed class FigureTable
{
    private readonly Dictionary<(string Unit, string Element, Period Period), long> _values;
    private readonly Dictionary<(string Unit, Period Period), Dictionary<string, long>> _byUnitAndPeriod;

    /// <exception cref="ArgumentException">When two figures share a unit, element and period.</exception>
    public FigureTable(IEnumerable<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        _values = [];
        _byUnitAndPeriod = [];
        foreach (var f in figures)
        {
            if (!_values.TryAdd((f.UnitCode, f.ElementCode, f.Period), f.Value))
                throw new ArgumentException($"Two figures for unit {f.UnitCode}, element {f.ElementCode}, period {f.Period}.", nameof(figures));
            if (!_byUnitAndPeriod.TryGetValue((f.UnitCode, f.Period), out var values))
                _byUnitAndPeriod[(f.UnitCode, f.Period)] = values = new Dictionary<string, long>(StringComparer.Ordinal);
            values[f.ElementCode] = f.Value;
        }
    }

    public static FigureTable Empty { get; } = new([]);

    public int Count => _values.Count;

    /// <summary>Every figure, ordered by unit code, period, then element code.</summary>
    public IReadOnlyList<Figure> Figures =>
        _values.Select(kv => new Figure(kv.Key.Unit, kv.Key.Element, kv.Key.Period, kv.Value))
            .OrderBy(f => f.UnitCode, StringComparer.Ordinal).ThenBy(f => f.Period).ThenBy(f => f.ElementCode, StringComparer.Ordinal)
            .ToList();

    /// <summary>The reported value, or null when the unit did not report this element for this period.</summary>
    public long? Find(string unitCode, string elementCode, Period period) =>
        _values.TryGetValue((unitCode, elementCode, period), out var v) ? v : null;

    /// <summary>Element code → value of everything one unit reported for one period (the input of the part-of check and of indicators).</summary>
    public IReadOnlyDictionary<string, long> ValuesOf(string unitCode, Period period) =>
        _byUnitAndPeriod.TryGetValue((unitCode, period), out var values)
            ? new Dictionary<string, long>(values, StringComparer.Ordinal)
            : new Dictionary<string, long>(StringComparer.Ordinal);

    /// <summary>
    /// A parent's figures for one period as the sums of its children's: one figure per element that at least one
    /// child reported (children that did not report an element add nothing to it). The caller gives the child list
    /// (e.g. the communes of a district in the catalogue version in use); roll several levels up by calling this per
    /// level and adding the results with <see cref="With"/>.
    /// </summary>
    public IReadOnlyList<Figure> RollUp(string parentCode, IEnumerable<string> childCodes, Period period)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(parentCode);
        ArgumentNullException.ThrowIfNull(childCodes);
        var sums = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var child in childCodes.Distinct(StringComparer.Ordinal))
        {
            if (!_byUnitAndPeriod.TryGetValue((child, period), out var values)) continue;
            foreach (var (element, value) in values) sums[element] = checked(sums.GetValueOrDefault(element) + value);
        }
        return sums.Select(kv => new Figure(parentCode, kv.Key, period, kv.Value)).ToList();
    }

    /// <summary>This table with <paramref name="figures"/> added; a figure for a key already present replaces its value.</summary>
    public FigureTable With(IEnumerable<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var merged = new Dictionary<(string, string, Period), Figure>();
        foreach (var f in Figures.Concat(figures)) merged[(f.UnitCode, f.ElementCode, f.Period)] = f;
        return new FigureTable(merged.Values);
    }
}
