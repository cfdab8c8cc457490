using System.Globalization;

namespace SachSong.Core.Reports;

/// <summary>One value in a report row; its kind must match its column's <see cref="ReportColumnKind"/>.</summary>
public abstract record ReportCell
{
    /// <summary>What a renderer prints for a rate whose denominator is zero.</summary>
    public const string NoRate = "—";

    private ReportCell() { }

    /// <summary>The kind of column this cell belongs in.</summary>
    public abstract ReportColumnKind Kind { get; }

    /// <summary>The cell as printed in a letter: "Xã Bình Long", "1.234", "91,14%" or "—" in vi-VN.</summary>
    /// <param name="decimals">The column's <see cref="ReportColumn.Decimals"/>; used by percentages only.</param>
    /// <param name="culture">Separators to use, normally vi-VN.</param>
    public abstract string Format(int decimals, CultureInfo culture);

    /// <summary>A rate rounded half away from zero to the fraction a percentage column shows, or "—" when <paramref name="denominator"/> is 0.</summary>
    /// <param name="numerator">The part, e.g. beneficiaries paid by account.</param>
    /// <param name="denominator">The whole, e.g. all beneficiaries.</param>
    /// <param name="decimals">The column's decimals: 2 turns 2279/2500 into 0.9116 (91,16%).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or <paramref name="decimals"/> is outside 0 to <see cref="ReportColumn.MaxDecimals"/>.</exception>
    public static Percentage Rate(long numerator, long denominator, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegative(denominator);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, ReportColumn.MaxDecimals);
        return denominator == 0
            ? new Percentage(null)
            : new Percentage(Math.Round((decimal)numerator / denominator, decimals + 2, MidpointRounding.AwayFromZero));
    }

    public static implicit operator ReportCell(string value) => new Text(value);

    public static implicit operator ReportCell(long value) => new WholeNumber(value);

    /// <summary>Text such as a unit name or a total row's label.</summary>
    public sealed record Text : ReportCell
    {
        public Text(string value)
        {
            ArgumentNullException.ThrowIfNull(value);
            Value = value;
        }

        public string Value { get; }

        public override ReportColumnKind Kind => ReportColumnKind.Text;

        public override string Format(int decimals, CultureInfo culture) => Value;
    }

    /// <summary>A count that was not reported: printed empty (never as 0, which would claim a figure).</summary>
    public sealed record MissingNumber : ReportCell
    {
        public override ReportColumnKind Kind => ReportColumnKind.WholeNumber;

        public override string Format(int decimals, CultureInfo culture) => "";
    }

    /// <summary>A count.</summary>
    public sealed record WholeNumber(long Value) : ReportCell
    {
        public override ReportColumnKind Kind => ReportColumnKind.WholeNumber;

        public override string Format(int decimals, CultureInfo culture) => Value.ToString("N0", culture);
    }

    /// <summary>
    /// A rate as the exact fraction the column shows (0.9114 for 91,14%, already rounded at the column's decimals),
    /// or null when the denominator is zero, printed "—". Use <see cref="Rate"/> to round a numerator and denominator.
    /// </summary>
    public sealed record Percentage(decimal? Fraction) : ReportCell
    {
        public override ReportColumnKind Kind => ReportColumnKind.Percentage;

        public override string Format(int decimals, CultureInfo culture)
        {
            ArgumentNullException.ThrowIfNull(culture);
            if (Fraction is not { } fraction) return NoRate;
            // The percent sign goes straight after the digits, as Vietnamese documents print it ("91,14%"), whatever the culture's pattern.
            return (fraction * 100).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture) + "%";
        }

        /// <summary>Whether the fraction needs no more decimals than a column showing <paramref name="decimals"/> can print.</summary>
        public bool FitsDecimals(int decimals) => Fraction is not { } f || Math.Round(f, decimals + 2) == f;
    }
}
