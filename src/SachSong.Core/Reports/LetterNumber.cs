using System.Globalization;

namespace SachSong.Core.Reports;

/// <summary>
/// The "Số, ký hiệu" of a document (Decree 30/2020, box 3): a number registered by the clerk and the symbol, e.g. "Số: 05/TCTĐA06".
/// Without a number the line leaves a gap for the clerk to fill in: "Số:    /TCTĐA06".
/// </summary>
public sealed record LetterNumber
{
    /// <summary>What stands in for the number until the clerk registers the document.</summary>
    public const string Blank = "    ";

    /// <param name="number">The registered number, or null when the clerk fills it in.</param>
    /// <param name="symbol">The symbol after the slash, upper case with hyphens between groups, e.g. "TCTĐA06" or "BC-UBND".</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="symbol"/> is blank or holds white space.</exception>
    public LetterNumber(int? number, string symbol)
    {
        if (number is { } n) ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n, nameof(number));
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        if (symbol.Any(char.IsWhiteSpace)) throw new ArgumentException("A document symbol has no spaces (Decree 30/2020).", nameof(symbol));
        Number = number;
        Symbol = symbol;
    }

    public int? Number { get; }

    public string Symbol { get; }

    /// <summary>The printed line: "Số: 05/TCTĐA06" (numbers below 10 get a leading 0) or "Số:    /TCTĐA06".</summary>
    public string Text => Number is { } n
        ? "Số: " + n.ToString("00", CultureInfo.InvariantCulture) + "/" + Symbol
        : "Số:" + Blank + "/" + Symbol;
}
