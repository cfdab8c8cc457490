namespace SachSong.Core.Indicators;

/// <summary>
/// A partial rate shown beside an indicator, e.g. the social-protection group's own rate beside the combined non-cash
/// payment rate. Parts are shown for information; only the indicator's own rate decides whether a target is met.
/// </summary>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed record IndicatorPart
{
    /// <param name="code">Stable key within the indicator, see <see cref="IndicatorCodes"/>.</param>
    /// <param name="name">Group header over the part's columns ("Đối tượng Bảo trợ xã hội").</param>
    /// <param name="rateHeader">Header of the part's rate column ("Đạt tỉ lệ").</param>
    /// <param name="numerator">Element codes whose values are added to make the numerator.</param>
    /// <param name="denominator">Element codes whose values are added to make the denominator.</param>
    /// <exception cref="ArgumentException">When a code is invalid or a list is empty or repeats a code.</exception>
    public IndicatorPart(string code, BilingualText name, BilingualText rateHeader, IEnumerable<string> numerator, IEnumerable<string> denominator)
    {
        Code = IndicatorCodes.Check(code, nameof(code));
        Name = name;
        RateHeader = rateHeader;
        Numerator = Indicator.CheckTerms(numerator, nameof(numerator));
        Denominator = Indicator.CheckTerms(denominator, nameof(denominator));
    }

    public string Code { get; }
    public BilingualText Name { get; }
    public BilingualText RateHeader { get; }
    public IReadOnlyList<string> Numerator { get; }
    public IReadOnlyList<string> Denominator { get; }

    /// <summary>The part's rate from one unit's values (an element without a value counts as 0).</summary>
    public Rate RateOf(IReadOnlyDictionary<string, long> values) => Indicator.RateOf(Numerator, Denominator, values);

    public override string ToString() => Code;
}
