using System.Globalization;

namespace SachSong.Core.Indicators;

/// <summary>
/// A rate kept as its exact numerator and denominator (counts of people), never as a rounded number. Shown as a
/// percentage rounded half up at the indicator's decimals (<c>91,14%</c> in Vietnamese), or as "—" when the denominator
/// is zero. Rates over several units are combined by adding numerators and denominators (<see cref="Total"/>), never
/// by averaging percentages. Equality compares the counts (1/3 is not equal to 2/6); compare values with
/// <see cref="CompareValues"/>.
/// </summary>
/// <threadsafety>Immutable value; safe to share.</threadsafety>
public readonly record struct Rate
{
    /// <summary>What a rate without a denominator shows instead of a number (an em dash).</summary>
    public const string NoValueText = "—";

    /// <summary>The most decimals a rate may be shown with.</summary>
    public const int MaxDecimals = 6;

    /// <exception cref="ArgumentOutOfRangeException">When either count is negative.</exception>
    public Rate(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegative(denominator);
        Numerator = numerator;
        Denominator = denominator;
    }

    public long Numerator { get; }
    public long Denominator { get; }

    /// <summary>False when the denominator is zero: the rate is undefined and shows as "—", not as 0%.</summary>
    public bool HasValue => Denominator > 0;

    /// <summary>100 × numerator / denominator as a decimal (exact to 28 significant digits), or null without a denominator.</summary>
    public decimal? ExactPercent => HasValue ? (decimal)Numerator * 100m / Denominator : null;

    /// <summary>
    /// The percentage as shown: 100 × numerator / denominator rounded half up at <paramref name="decimals"/> places,
    /// computed in integers so that a value exactly on the half (0.91135 at 2 decimals) always rounds up (91.14).
    /// Null without a denominator.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="decimals"/> is outside 0–<see cref="MaxDecimals"/>.</exception>
    public decimal? Percent(int decimals)
    {
        CheckDecimals(decimals);
        if (!HasValue) return null;
        var scale = Pow10(decimals);
        var (quotient, remainder) = Int128.DivRem((Int128)Numerator * 100 * scale, Denominator);
        if (remainder * 2 >= Denominator) quotient++;
        return (decimal)quotient / (decimal)scale;
    }

    /// <summary>The shown percentage with its sign, e.g. "91,14%" (vi-VN) or "91.14%" (en), or "—" without a denominator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="decimals"/> is outside 0–<see cref="MaxDecimals"/>.</exception>
    public string Format(int decimals, IFormatProvider provider)
    {
        var percent = Percent(decimals);
        return percent is null
            ? NoValueText
            : percent.Value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), provider) + "%";
    }

    /// <summary>This rate and <paramref name="other"/> as one: the numerators added, the denominators added.</summary>
    public Rate Plus(Rate other) => new(checked(Numerator + other.Numerator), checked(Denominator + other.Denominator));

    /// <summary>The rate of several units together: the sum of the numerators over the sum of the denominators.</summary>
    public static Rate Total(IEnumerable<Rate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return rates.Aggregate(new Rate(0, 0), (sum, r) => sum.Plus(r));
    }

    /// <summary>
    /// Compares the exact values (not the shown ones) by cross-multiplying: negative when <paramref name="left"/> is
    /// lower. A rate without a denominator is lower than any rate with one; two such rates are equal.
    /// </summary>
    public static int CompareValues(Rate left, Rate right)
    {
        if (!left.HasValue || !right.HasValue) return left.HasValue.CompareTo(right.HasValue);
        return ((Int128)left.Numerator * right.Denominator).CompareTo((Int128)right.Numerator * left.Denominator);
    }

    /// <summary>"numerator/denominator", for logs and test output.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");

    internal static void CheckDecimals(int decimals)
    {
        if (decimals is < 0 or > MaxDecimals)
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"Decimals must be within 0–{MaxDecimals}.");
    }

    private static long Pow10(int exponent)
    {
        long result = 1;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }
}
