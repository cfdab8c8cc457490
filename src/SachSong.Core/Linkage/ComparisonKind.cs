namespace SachSong.Core.Linkage;

/// <summary>How a pair of values is compared, and so which agreement levels a comparison has (best first).</summary>
public enum ComparisonKind
{
    /// <summary>Two <see cref="CodeColumn"/>s: agree, disagree.</summary>
    Exact,

    /// <summary>
    /// Two <see cref="TextColumn"/>s: exact (case, spacing and tone placement ignored), equal without diacritics, same words
    /// in another order, Damerau-Levenshtein ≤ 1 without diacritics, Jaro-Winkler ≥ high, Jaro-Winkler ≥ low, other.
    /// </summary>
    Text,

    /// <summary>
    /// Two <see cref="DateColumn"/>s: exact full date, compatible (a partial date that agrees as far as it goes, or two equal
    /// partial dates), day and month swapped, one year off with the same month (and day), same year, other.
    /// </summary>
    Date,

    /// <summary>
    /// Two <see cref="DigitsColumn"/>s: exact, equal to the right record's alternate number (e.g. an old ID card number),
    /// one digit different, two adjacent digits swapped, other.
    /// </summary>
    Digits,
}
