namespace SachSong.Core.Linkage;

/// <summary>What part of a value a blocking key uses.</summary>
public enum KeyTransform
{
    /// <summary>The whole value: text without diacritics, a full date (day precision only), the digits, the code.</summary>
    Value,
    /// <summary>Text: the words without diacritics in sorted order (word order does not matter).</summary>
    SortedWords,
    /// <summary>Text: the first word without diacritics (a Vietnamese family name).</summary>
    FirstWord,
    /// <summary>Text: the last word without diacritics (a Vietnamese given name).</summary>
    LastWord,
    /// <summary>Text: first and last word without diacritics (family and given name, middle name ignored).</summary>
    FirstAndLastWord,
    /// <summary>Date: the year.</summary>
    Year,
    /// <summary>Date: month and day (day precision only), so a one-year error still meets.</summary>
    MonthDay,
    /// <summary>Digits, left side: the value and every value one substituted digit or one adjacent swap away (looked up in the right column's index).</summary>
    DigitNeighbours,
}
