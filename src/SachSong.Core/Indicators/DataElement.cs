namespace SachSong.Core.Indicators;

/// <summary>
/// A count that units report for a period (a "data element"), e.g. social-protection beneficiaries or identity cards
/// issued. Built-in elements are the default set (<see cref="BuiltInIndicators"/>); users add their own.
/// </summary>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed record DataElement
{
    /// <param name="code">Stable key, see <see cref="IndicatorCodes"/>.</param>
    /// <param name="name">What is counted, in full ("Công dân dưới 6 tuổi").</param>
    /// <param name="header">Short column header in reports, as the steering letters write it ("Tổng", "Đã cấp").</param>
    /// <param name="partOf">
    /// Code of the element this one is a subset of, or null. A reported value above its whole's value is rejected
    /// (<see cref="IndicatorCatalogue.CheckPartOf"/>): paid by account ≤ beneficiaries, cards issued ≤ total.
    /// </param>
    /// <exception cref="ArgumentException">When a code is invalid or the element is a part of itself.</exception>
    public DataElement(string code, BilingualText name, BilingualText header, string? partOf = null)
    {
        Code = IndicatorCodes.Check(code, nameof(code));
        if (partOf is not null && string.Equals(IndicatorCodes.Check(partOf, nameof(partOf)), code, StringComparison.Ordinal))
            throw new ArgumentException($"Element {code} cannot be a part of itself.", nameof(partOf));
        Name = name;
        Header = header;
        PartOf = partOf;
    }

    public string Code { get; }
    public BilingualText Name { get; }
    public BilingualText Header { get; }
    public string? PartOf { get; }

    public override string ToString() => Code;
}
