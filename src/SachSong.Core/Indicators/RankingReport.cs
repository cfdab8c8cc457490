namespace SachSong.Core.Indicators;

/// <summary>
/// The ranking of a parent unit's children on one or more indicators for one period, as the steering letters print it
/// ("Các đơn vị đã hoàn thành chỉ tiêu" then "Các đơn vị chưa hoàn thành"), with a total line.
/// </summary>
/// <remarks>
/// <para><b>Columns</b> follow the letters: for each indicator's parts, the part's denominator and numerator elements and
/// its rate under the part's group header; then each indicator's denominator and numerator elements (each element once)
/// and its gap column if it has one; then each indicator's rate. So the non-cash table reads "Số liệu, Chi trả tài khoản,
/// Đạt tỉ lệ" per group then the total rate; the under-6 table "Tổng, Đã cấp, Chưa cấp, Tỉ lệ đã cấp"; the e-ID table
/// "Đã cấp CCCD, Đã xác thực định danh, Tổng đã kích hoạt" then both rates.</para>
/// <para><b>Row order</b>: completed units first, then the others; within each group by the first indicator's exact
/// rate, best first (high to low for higher-is-better), units without a rate last; ties by unit name in Vietnamese
/// alphabetical order, then by code.</para>
/// <para><b>Total</b>: the sums of the children's values, so each total rate is the sum of the numerators over the sum of
/// the denominators (never an average of the children's rates), judged against the parent's target.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed class RankingReport
{
    private RankingReport(ReportUnit parent, Period period, IReadOnlyList<Indicator> indicators, IReadOnlyList<RankingColumn> columns,
        IReadOnlyList<RankingRow> rows, RankingRow total)
    {
        Parent = parent;
        Period = period;
        Indicators = indicators;
        Columns = columns;
        Rows = rows;
        Total = total;
    }

    public ReportUnit Parent { get; }
    public Period Period { get; }

    /// <summary>The indicators in the order asked for; the first one orders the rows.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    public IReadOnlyList<RankingColumn> Columns { get; }

    /// <summary>One row per child unit, in report order (see the remarks).</summary>
    public IReadOnlyList<RankingRow> Rows { get; }

    /// <summary>The total line for the parent unit.</summary>
    public RankingRow Total { get; }

    /// <summary>The completed rows, in report order (the letters' "đã hoàn thành" table).</summary>
    public IReadOnlyList<RankingRow> Completed => Rows.Where(r => r.Status == CompletionStatus.Completed).ToList();

    /// <summary>The rows not completed, in report order (the letters' "chưa hoàn thành" table).</summary>
    public IReadOnlyList<RankingRow> NotCompleted => Rows.Where(r => r.Status == CompletionStatus.NotCompleted).ToList();

    /// <summary>
    /// The <paramref name="count"/> units with the highest rate on the first indicator, highest first (the letters'
    /// "Các đơn vị có tỉ lệ cao"), whatever their status; units without a rate are left out. Ties by name, then code.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="count"/> is negative.</exception>
    public IReadOnlyList<RankingRow> Highest(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Rows.Where(HasFirstRate).Order(Comparer<RankingRow>.Create((a, b) => ByRateThenName(a, b, descending: true))).Take(count).ToList();
    }

    /// <summary>
    /// The <paramref name="count"/> units with the lowest rate on the first indicator, lowest first ("Các đơn vị có tỉ lệ
    /// thấp"); units without a rate and units already in <see cref="Highest"/>(<paramref name="count"/>) are left out, so
    /// the two lists never share a unit. Ties by name, then code.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="count"/> is negative.</exception>
    public IReadOnlyList<RankingRow> Lowest(int count)
    {
        var highest = Highest(count).Select(r => r.Unit.Code).ToHashSet(StringComparer.Ordinal);
        return Rows.Where(r => HasFirstRate(r) && !highest.Contains(r.Unit.Code))
            .Order(Comparer<RankingRow>.Create((a, b) => ByRateThenName(a, b, descending: false))).Take(count).ToList();
    }

    /// <summary>Builds the report.</summary>
    /// <param name="catalogue">Where the indicators and element headers come from.</param>
    /// <param name="indicatorCodes">One or more indicators, in column order; the first orders the rows.</param>
    /// <param name="parent">The unit whose children are ranked (named on the total line).</param>
    /// <param name="children">The child units, as the caller chose them (e.g. the communes of a district).</param>
    /// <param name="period">The period; only figures for exactly this period are used.</param>
    /// <param name="figures">Reported figures.</param>
    /// <param name="targets">User targets; null for the indicators' defaults only.</param>
    /// <exception cref="ArgumentException">When no indicator is given, a code is unknown or repeated, or a child unit code repeats.</exception>
    public static RankingReport Build(IndicatorCatalogue catalogue, IReadOnlyList<string> indicatorCodes, ReportUnit parent,
        IReadOnlyList<ReportUnit> children, Period period, FigureTable figures, TargetTable? targets = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(indicatorCodes);
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(figures);
        targets ??= TargetTable.Empty;
        if (indicatorCodes.Count == 0) throw new ArgumentException("At least one indicator is needed.", nameof(indicatorCodes));
        if (indicatorCodes.Distinct(StringComparer.Ordinal).Count() != indicatorCodes.Count)
            throw new ArgumentException("An indicator is listed twice.", nameof(indicatorCodes));
        if (children.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count() != children.Count)
            throw new ArgumentException("A child unit is listed twice.", nameof(children));
        var indicators = indicatorCodes
            .Select(c => catalogue.FindIndicator(c) ?? throw new ArgumentException($"No indicator with code {c}.", nameof(indicatorCodes)))
            .ToList();

        var columns = ColumnsOf(catalogue, indicators);
        var elements = indicators.SelectMany(i => i.Elements).Distinct(StringComparer.Ordinal).ToList();

        var rows = children.Select(child =>
        {
            var reported = figures.ValuesOf(child.Code, period);
            return MakeRow(child, isTotal: false, elements, reported, indicators, i => targets.Resolve(i, child.Code, period));
        }).ToList();

        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var f in figures.RollUp(parent.Code, children.Select(c => c.Code), period)) totals[f.ElementCode] = f.Value;
        var total = MakeRow(parent, isTotal: true, elements, totals, indicators, i => targets.Resolve(i, parent.Code, period));

        var first = indicators[0];
        rows.Sort((a, b) =>
        {
            var c = a.Status.CompareTo(b.Status);
            if (c != 0) return c;
            c = BestFirst(a.Results[0].Rate, b.Results[0].Rate, first.Direction);
            return c != 0 ? c : UnitNameOrder.Compare(a.Unit, b.Unit);
        });
        return new RankingReport(parent, period, indicators, columns, rows, total);
    }

    private static RankingRow MakeRow(ReportUnit unit, bool isTotal, IReadOnlyList<string> elements, IReadOnlyDictionary<string, long> reported,
        IReadOnlyList<Indicator> indicators, Func<Indicator, IndicatorTarget?> targetOf)
    {
        var values = elements.ToDictionary(e => e, e => reported.GetValueOrDefault(e), StringComparer.Ordinal);
        var missing = elements.Where(e => !reported.ContainsKey(e)).ToList();
        var results = indicators.Select(i => i.Evaluate(values, targetOf(i))).ToList();
        return new RankingRow(unit, isTotal, values, missing, results);
    }

    private static List<RankingColumn> ColumnsOf(IndicatorCatalogue catalogue, IReadOnlyList<Indicator> indicators)
    {
        var columns = new List<RankingColumn>();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        void AddCounts(IEnumerable<string> codes, BilingualText? group)
        {
            foreach (var code in codes.Where(shown.Add))
                columns.Add(new RankingColumn(RankingColumnKind.Count, catalogue.GetElement(code).Header, group, code, null, null));
        }

        foreach (var indicator in indicators)
        {
            foreach (var part in indicator.Parts)
            {
                AddCounts(part.Denominator.Concat(part.Numerator), part.Name);
                columns.Add(new RankingColumn(RankingColumnKind.PartRate, part.RateHeader, part.Name, null, indicator, part));
            }
        }
        foreach (var indicator in indicators)
        {
            AddCounts(indicator.Denominator.Concat(indicator.Numerator), null);
            if (indicator.GapHeader is { } gap) columns.Add(new RankingColumn(RankingColumnKind.Gap, gap, null, null, indicator, null));
        }
        foreach (var indicator in indicators)
            columns.Add(new RankingColumn(RankingColumnKind.Rate, indicator.Header, null, null, indicator, null));
        return columns;
    }

    private static int BestFirst(Rate a, Rate b, IndicatorDirection direction)
    {
        if (a.HasValue != b.HasValue) return a.HasValue ? -1 : 1;
        var c = Rate.CompareValues(a, b);
        return direction == IndicatorDirection.HigherIsBetter ? -c : c;
    }

    private static bool HasFirstRate(RankingRow row) => row.Results[0].Rate.HasValue;

    private static int ByRateThenName(RankingRow a, RankingRow b, bool descending)
    {
        var c = Rate.CompareValues(a.Results[0].Rate, b.Results[0].Rate);
        if (descending) c = -c;
        return c != 0 ? c : UnitNameOrder.Compare(a.Unit, b.Unit);
    }
}
