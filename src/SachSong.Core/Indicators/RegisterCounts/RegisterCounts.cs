namespace SachSong.Core.Indicators;

/// <summary>
/// The built-in data elements the register knows, counted per commune as of one date by <see cref="RegisterCounter"/>.
/// Every commune of the snapshot has a value for every element of <see cref="Elements"/> (0 when nobody qualifies).
/// </summary>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed class RegisterCounts
{
    internal const int Width = 8;
    internal const int Under6Total = 0;
    internal const int Under6Cards = 1;
    internal const int From6To14Total = 2;
    internal const int From6To14Cards = 3;
    internal const int EidCards = 4;
    internal const int EidAuthenticated = 5;
    internal const int EidActivated = 6;
    internal const int WorkingAge = 7;

    private readonly long[] _values;
    private readonly Dictionary<RegisterCommune, int> _index;

    internal RegisterCounts(DateOnly asOf, IReadOnlyList<RegisterCommune> communes, long[] values)
    {
        AsOf = asOf;
        Communes = communes;
        _values = values;
        _index = new Dictionary<RegisterCommune, int>(communes.Count);
        for (var i = 0; i < communes.Count; i++) _index[communes[i]] = i;
    }

    /// <summary>
    /// The element codes counted, in this order: children under 6 (total, with a card), children 6 to under 14 (total,
    /// with a card), ID cards issued (aged 14 and over), level-2 e-IDs authenticated, activated, and working-age people.
    /// </summary>
    public static IReadOnlyList<string> Elements { get; } =
    [
        BuiltInIndicators.ChildrenUnder6Total,
        BuiltInIndicators.ChildrenUnder6CardsIssued,
        BuiltInIndicators.Children6To14Total,
        BuiltInIndicators.Children6To14CardsIssued,
        BuiltInIndicators.EidCardsIssued,
        BuiltInIndicators.EidAuthenticated,
        BuiltInIndicators.EidActivated,
        BuiltInIndicators.WorkersWorkingAge,
    ];

    /// <summary>The date the counts are true on.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The communes counted: those of the snapshot, in its order.</summary>
    public IReadOnlyList<RegisterCommune> Communes { get; }

    /// <summary>The catalogue versions of the communes, in ordinal order.</summary>
    public IReadOnlyList<string> CatalogVersions =>
        Communes.Select(c => c.CatalogVersion).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The count of one element for one commune; 0 for a commune nobody is registered in.</summary>
    /// <exception cref="ArgumentException">When the element is not one of <see cref="Elements"/>.</exception>
    public long Get(RegisterCommune commune, string elementCode)
    {
        var element = ElementIndex(elementCode);
        return _index.TryGetValue(commune, out var i) ? _values[(i * Width) + element] : 0;
    }

    /// <summary>
    /// The counts of the communes of one catalogue version as figures for <paramref name="period"/>, ordered by commune
    /// code then in <see cref="Elements"/> order. Communes of other versions are left out, since codes are reused
    /// across versions.
    /// </summary>
    public IReadOnlyList<Figure> ToFigures(Period period, string catalogVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogVersion);
        var figures = new List<Figure>();
        foreach (var i in Enumerable.Range(0, Communes.Count)
                     .Where(i => string.Equals(Communes[i].CatalogVersion, catalogVersion, StringComparison.Ordinal))
                     .OrderBy(i => Communes[i].Code, StringComparer.Ordinal))
        {
            for (var e = 0; e < Width; e++) figures.Add(new Figure(Communes[i].Code, Elements[e], period, _values[(i * Width) + e]));
        }
        return figures;
    }

    private static int ElementIndex(string elementCode)
    {
        for (var e = 0; e < Width; e++)
            if (string.Equals(Elements[e], elementCode, StringComparison.Ordinal)) return e;
        throw new ArgumentException($"The register does not count the element '{elementCode}'.", nameof(elementCode));
    }
}
