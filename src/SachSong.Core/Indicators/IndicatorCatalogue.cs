namespace SachSong.Core.Indicators;

/// <summary>
/// The data elements and indicators in use: the built-in default set (<see cref="BuiltInIndicators.Catalogue"/>) plus
/// the users' own. Valid by construction: codes are unique, every element an indicator or part names exists, and
/// every <see cref="DataElement.PartOf"/> names an existing element without forming a cycle.
/// </summary>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed class IndicatorCatalogue
{
    private readonly Dictionary<string, DataElement> _elements;
    private readonly Dictionary<string, Indicator> _indicators;

    /// <exception cref="ArgumentException">When <see cref="Check"/> finds problems; the message lists them.</exception>
    public IndicatorCatalogue(IEnumerable<DataElement> elements, IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(indicators);
        Elements = elements.ToList();
        Indicators = indicators.ToList();
        var problems = Check(Elements, Indicators);
        if (problems.Count > 0)
            throw new ArgumentException("Invalid indicator catalogue: " + string.Join("; ", problems.Select(p => p.Message.English)), nameof(elements));
        _elements = Elements.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _indicators = Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
    }

    /// <summary>Elements in definition order.</summary>
    public IReadOnlyList<DataElement> Elements { get; }

    /// <summary>Indicators in definition order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    public DataElement? FindElement(string code) => _elements.GetValueOrDefault(code);

    public Indicator? FindIndicator(string code) => _indicators.GetValueOrDefault(code);

    /// <exception cref="KeyNotFoundException">When there is no such element.</exception>
    public DataElement GetElement(string code) =>
        FindElement(code) ?? throw new KeyNotFoundException($"No data element with code {code}.");

    /// <exception cref="KeyNotFoundException">When there is no such indicator.</exception>
    public Indicator GetIndicator(string code) =>
        FindIndicator(code) ?? throw new KeyNotFoundException($"No indicator with code {code}.");

    /// <summary>
    /// This catalogue with the users' elements and indicators: one with a new code is added at the end, one with an
    /// existing code replaces that definition in place (a user may rename a built-in or change its default target).
    /// </summary>
    /// <exception cref="ArgumentException">When the result is not a valid catalogue.</exception>
    public IndicatorCatalogue With(IEnumerable<DataElement> elements, IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(indicators);
        return new IndicatorCatalogue(Merge(Elements, elements, e => e.Code), Merge(Indicators, indicators, i => i.Code));
    }

    /// <summary>
    /// The problems that keep these definitions from forming a catalogue (empty when they are fine), for showing to
    /// the user before saving: repeated codes, unknown elements, a <see cref="DataElement.PartOf"/> cycle.
    /// </summary>
    public static IReadOnlyList<InputProblem> Check(IEnumerable<DataElement> elements, IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(indicators);
        var elementList = elements.ToList();
        var indicatorList = indicators.ToList();
        var problems = new List<InputProblem>();

        foreach (var code in Repeated(elementList.Select(e => e.Code)))
            problems.Add(Problem(InputProblemCodes.DuplicateCode, $"Mã mục số liệu {code} bị lặp.", $"Data element code {code} is used twice."));
        foreach (var code in Repeated(indicatorList.Select(i => i.Code)))
            problems.Add(Problem(InputProblemCodes.DuplicateCode, $"Mã chỉ tiêu {code} bị lặp.", $"Indicator code {code} is used twice."));

        var known = elementList.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var element in elementList.Where(e => e.PartOf is not null && !known.Contains(e.PartOf)))
            problems.Add(Problem(InputProblemCodes.UnknownElement,
                $"{element.Code} là thành phần của {element.PartOf}, nhưng không có mục số liệu {element.PartOf}.",
                $"{element.Code} is part of {element.PartOf}, but there is no data element {element.PartOf}."));

        var partOf = elementList.Where(e => e.PartOf is not null).GroupBy(e => e.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().PartOf!, StringComparer.Ordinal);
        foreach (var code in elementList.Select(e => e.Code).Distinct(StringComparer.Ordinal).Where(c => InCycle(c, partOf)))
            problems.Add(Problem(InputProblemCodes.PartOfCycle,
                $"{code} nằm trong một vòng “là thành phần của”.", $"{code} is in a part-of cycle."));

        foreach (var indicator in indicatorList)
        {
            var used = indicator.Numerator.Concat(indicator.Denominator)
                .Concat(indicator.Parts.SelectMany(p => p.Numerator.Concat(p.Denominator)));
            foreach (var code in used.Where(c => !known.Contains(c)).Distinct(StringComparer.Ordinal))
                problems.Add(Problem(InputProblemCodes.UnknownElement,
                    $"Chỉ tiêu {indicator.Code} dùng mục số liệu {code} chưa được khai báo.",
                    $"Indicator {indicator.Code} uses data element {code}, which is not defined."));
        }
        return problems;
    }

    /// <summary>
    /// The part-of rule for one unit and period: every element with a value is compared with its nearest ancestor
    /// (following <see cref="DataElement.PartOf"/>) that has a value; a larger part is a violation. Elements not in
    /// the catalogue are ignored.
    /// </summary>
    /// <param name="values">Element code → reported value.</param>
    /// <returns>The violations in catalogue order; empty when the figures are consistent.</returns>
    public IReadOnlyList<PartOfViolation> CheckPartOf(IReadOnlyDictionary<string, long> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var violations = new List<PartOfViolation>();
        foreach (var element in Elements)
        {
            if (!values.TryGetValue(element.Code, out var value)) continue;
            var whole = element.PartOf is null ? null : _elements[element.PartOf];
            while (whole is not null && !values.ContainsKey(whole.Code))
                whole = whole.PartOf is null ? null : _elements[whole.PartOf];
            if (whole is not null && value > values[whole.Code])
                violations.Add(new PartOfViolation(element, value, whole, values[whole.Code]));
        }
        return violations;
    }

    private static List<T> Merge<T>(IReadOnlyList<T> existing, IEnumerable<T> added, Func<T, string> code)
    {
        var result = existing.ToList();
        foreach (var item in added)
        {
            var i = result.FindIndex(x => string.Equals(code(x), code(item), StringComparison.Ordinal));
            if (i >= 0) result[i] = item;
            else result.Add(item);
        }
        return result;
    }

    private static IEnumerable<string> Repeated(IEnumerable<string> codes) =>
        codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

    private static bool InCycle(string start, Dictionary<string, string> partOf)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = start;
        while (partOf.TryGetValue(current, out var next))
        {
            if (string.Equals(next, start, StringComparison.Ordinal)) return true;
            if (!seen.Add(next)) return false; // a cycle further up that does not pass through start
            current = next;
        }
        return false;
    }

    private static InputProblem Problem(string code, string vietnamese, string english) => new(code, new BilingualText(vietnamese, english));
}
