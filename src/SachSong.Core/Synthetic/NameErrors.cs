using System.Globalization;
using System.Text;

namespace SachSong.Core.Synthetic;

/// <summary>The ways a clerk miswrites a name.</summary>
internal static class NameErrors
{
    private const string Vowels = "aăâeêioôơuưy";
    private const string AsciiVowels = "aeiouy";
    private const string Consonants = "bcdghklmnpqrstvx";

    /// <summary>The name without any diacritic, keeping case: "Đặng Thị Thủy" → "Dang Thi Thuy".</summary>
    public static string StripDiacritics(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>One character substituted, deleted or swapped with its neighbour; never the same name back.</summary>
    public static string Typo(string name, SyntheticRandom random)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var chars = name.ToCharArray();
            var p = random.Next(chars.Length);
            if (!char.IsLetter(chars[p])) continue;
            string result;
            switch (random.Next(10))
            {
                case < 4:
                    chars[p] = Substitute(chars[p], random);
                    result = new string(chars);
                    break;
                case < 7:
                    // Deleting a one-letter word would merge two words; leave at least one letter.
                    var wordStart = p == 0 || chars[p - 1] == ' ';
                    var wordEnd = p == chars.Length - 1 || chars[p + 1] == ' ';
                    if (wordStart && wordEnd) continue;
                    result = string.Concat(name.AsSpan(0, p), name.AsSpan(p + 1));
                    break;
                default:
                    if (p + 1 >= chars.Length || !char.IsLetter(chars[p + 1]) || chars[p] == chars[p + 1]) continue;
                    // Keep the capital at the start of the word where it was.
                    var a = chars[p];
                    var b = chars[p + 1];
                    var capital = char.IsUpper(a) && !char.IsUpper(b);
                    chars[p] = capital ? char.ToUpperInvariant(b) : b;
                    chars[p + 1] = capital ? char.ToLowerInvariant(a) : a;
                    result = new string(chars);
                    break;
            }
            if (!string.Equals(result, name, StringComparison.Ordinal)) return result.Normalize(NormalizationForm.FormC);
        }
        return name + "h"; // a name with no usable letter position: an extra letter is still a typo
    }

    private static char Substitute(char c, SyntheticRandom random)
    {
        var upper = char.IsUpper(c);
        var lower = char.ToLowerInvariant(c);
        var bare = StripDiacritics(new string(lower, 1)) is [var first] ? first : lower;
        char replacement;
        if (bare != lower && random.Chance(0.5))
        {
            replacement = bare; // the accent dropped from one letter: "Hùng" → "Hung"
        }
        else
        {
            // An accent-free name gets an accent-free letter.
            var vowel = Vowels.Contains(bare, StringComparison.Ordinal);
            var pool = char.IsAscii(lower) ? (vowel ? AsciiVowels : Consonants) : (vowel ? Vowels : Consonants);
            do replacement = pool[random.Next(pool.Length)];
            while (replacement == lower);
        }
        return upper ? char.ToUpperInvariant(replacement) : replacement;
    }
}
