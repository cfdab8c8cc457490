using System.Globalization;

namespace SachSong.Core.Indicators;

/// <summary>The value of one row in one column: a count (for count and gap columns) or a rate.</summary>
/// <param name="Kind">The column's kind.</param>
/// <param name="Count">The count, for count and gap columns; else null.</param>
/// <param name="Rate">The exact rate, for rate columns; else null.</param>
/// <param name="Decimals">Decimals the rate is shown with.</param>
public readonly record struct RankingCell(RankingColumnKind Kind, long? Count, Rate? Rate, int Decimals)
{
    /// <summary>For rate cells, the shown percentage (91.14 for 91,14%), or null when there is no rate ("—").</summary>
    public decimal? Percent => Rate?.Percent(Decimals);

    /// <summary>
    /// The cell as text: counts with thousands separators ("1.234" in vi-VN), empty when not reported (never "0"); rates
    /// as "91,14%" or "—".
    /// </summary>
    public string Format(IFormatProvider provider) => Kind is RankingColumnKind.Count or RankingColumnKind.Gap
        ? Count?.ToString("N0", provider) ?? ""
        : Rate?.Format(Decimals, provider) ?? Indicators.Rate.NoValueText;

    public override string ToString() => Format(CultureInfo.GetCultureInfo("vi-VN"));
}
