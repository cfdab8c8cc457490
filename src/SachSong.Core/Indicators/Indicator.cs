namespace SachSong.Core.Indicators;

/// <summary>
/// An indicator ("chỉ tiêu"): the sum of its numerator elements over the sum of its denominator elements, shown as a
/// percentage with <see cref="Decimals"/> decimals and compared with a target. Built-in indicators are the default set
/// (<see cref="BuiltInIndicators"/>); users add their own.
/// </summary>
/// <remarks>
/// <para><b>Meeting the target compares the shown value</b>, rounded half up at <see cref="Decimals"/>, not the exact
/// one: a table never shows "40,00%" beside "not completed" when the target is 40%. So 39.995% (shown 40,00%) meets a
/// 40% target and 39.994% (shown 39,99%) does not.</para>
/// <para>A zero denominator gives no rate ("—") and <see cref="TargetStatus.NoData"/>, which counts as not met: a unit
/// that reports nothing to count is not marked completed.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed record Indicator
{
    /// <param name="code">Stable key, see <see cref="IndicatorCodes"/>.</param>
    /// <param name="name">Full name ("Tỉ lệ cấp Căn cước cho công dân dưới 6 tuổi").</param>
    /// <param name="header">Header of the rate column in reports ("Tỉ lệ đã cấp").</param>
    /// <param name="numerator">Element codes added to make the numerator.</param>
    /// <param name="denominator">Element codes added to make the denominator.</param>
    /// <param name="decimals">Decimals shown and used to decide whether the target is met (0–6).</param>
    /// <param name="targetPercent">Default target in percent (40 means 40%), or null; units and periods may have their own (<see cref="TargetTable"/>).</param>
    /// <param name="deadline">Default deadline, or null.</param>
    /// <param name="direction">Which way the indicator improves.</param>
    /// <param name="parts">Partial rates shown beside this one, in column order.</param>
    /// <param name="gapHeader">
    /// When set, reports show the denominator minus the numerator as its own column under this header, e.g. "Chưa cấp"
    /// (not yet issued) beside "Tổng" and "Đã cấp".
    /// </param>
    /// <exception cref="ArgumentException">When a code is invalid, a list is empty or repeats a code, part codes repeat, or a number is out of range.</exception>
    public Indicator(string code, BilingualText name, BilingualText header, IEnumerable<string> numerator, IEnumerable<string> denominator,
        int decimals, decimal? targetPercent = null, DateOnly? deadline = null, IndicatorDirection direction = IndicatorDirection.HigherIsBetter,
        IEnumerable<IndicatorPart>? parts = null, BilingualText? gapHeader = null)
    {
        Code = IndicatorCodes.Check(code, nameof(code));
        Name = name;
        Header = header;
        Numerator = CheckTerms(numerator, nameof(numerator));
        Denominator = CheckTerms(denominator, nameof(denominator));
        Rate.CheckDecimals(decimals);
        if (targetPercent is not null) ArgumentOutOfRangeException.ThrowIfNegative(targetPercent.Value, nameof(targetPercent));
        if (!Enum.IsDefined(direction)) throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction.");
        Decimals = decimals;
        TargetPercent = targetPercent;
        Deadline = deadline;
        Direction = direction;
        Parts = (parts ?? []).ToList();
        if (Parts.Select(p => p.Code).Distinct(StringComparer.Ordinal).Count() != Parts.Count)
            throw new ArgumentException($"Indicator {code} repeats a part code.", nameof(parts));
        GapHeader = gapHeader;
    }

    public string Code { get; }
    public BilingualText Name { get; }
    public BilingualText Header { get; }
    public IReadOnlyList<string> Numerator { get; }
    public IReadOnlyList<string> Denominator { get; }
    public int Decimals { get; }
    public decimal? TargetPercent { get; }
    public DateOnly? Deadline { get; }
    public IndicatorDirection Direction { get; }
    public IReadOnlyList<IndicatorPart> Parts { get; }
    public BilingualText? GapHeader { get; }

    /// <summary>
    /// Every element the indicator and its parts use, once each, in the order report columns show them: each part's
    /// denominator then numerator elements, then the indicator's own denominator then numerator elements (the steering
    /// letters write "Tổng, Đã cấp" and "Số liệu, Chi trả tài khoản": the whole before the part).
    /// </summary>
    public IReadOnlyList<string> Elements =>
        Parts.SelectMany(p => p.Denominator.Concat(p.Numerator)).Concat(Denominator).Concat(Numerator).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The target from the indicator itself (no unit, no period), or null when it has no default target.</summary>
    public IndicatorTarget? DefaultTarget => TargetPercent is null ? null : new IndicatorTarget(Code, TargetPercent.Value, Deadline);

    /// <summary>The rate from one unit's values (an element without a value counts as 0).</summary>
    public Rate RateOf(IReadOnlyDictionary<string, long> values) => RateOf(Numerator, Denominator, values);

    /// <summary>Whether a shown percentage meets <paramref name="targetPercent"/> in this indicator's direction (at or above, or at or below).</summary>
    public bool Meets(decimal shownPercent, decimal targetPercent) =>
        Direction == IndicatorDirection.HigherIsBetter ? shownPercent >= targetPercent : shownPercent <= targetPercent;

    /// <summary>How <paramref name="rate"/> stands against <paramref name="target"/>, comparing the shown (rounded) percentage.</summary>
    public TargetStatus StatusOf(Rate rate, IndicatorTarget? target)
    {
        if (target is null) return TargetStatus.NoTarget;
        var shown = rate.Percent(Decimals);
        if (shown is null) return TargetStatus.NoData;
        return Meets(shown.Value, target.Percent) ? TargetStatus.Met : TargetStatus.NotMet;
    }

    /// <summary>The indicator, its parts and its status for one unit's values.</summary>
    /// <param name="values">Element code → value for one unit and period; a missing element counts as 0.</param>
    /// <param name="target">The target that applies (see <see cref="TargetTable.Resolve"/>), or null.</param>
    public IndicatorResult Evaluate(IReadOnlyDictionary<string, long> values, IndicatorTarget? target)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rate = RateOf(values);
        return new IndicatorResult(this, rate, Parts.Select(p => new PartResult(p, p.RateOf(values))).ToList(), target, StatusOf(rate, target));
    }

    public override string ToString() => Code;

    internal static Rate RateOf(IReadOnlyList<string> numerator, IReadOnlyList<string> denominator, IReadOnlyDictionary<string, long> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new Rate(Sum(numerator, values), Sum(denominator, values));
    }

    internal static IReadOnlyList<string> CheckTerms(IEnumerable<string> codes, string paramName)
    {
        ArgumentNullException.ThrowIfNull(codes, paramName);
        var list = codes.Select(c => IndicatorCodes.Check(c, paramName)).ToList();
        if (list.Count == 0) throw new ArgumentException("At least one element is needed.", paramName);
        if (list.Distinct(StringComparer.Ordinal).Count() != list.Count) throw new ArgumentException("An element is listed twice.", paramName);
        return list;
    }

    private static long Sum(IReadOnlyList<string> codes, IReadOnlyDictionary<string, long> values)
    {
        long sum = 0;
        foreach (var code in codes) sum = checked(sum + values.GetValueOrDefault(code));
        return sum;
    }
}
