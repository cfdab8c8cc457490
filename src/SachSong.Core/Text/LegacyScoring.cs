using System.Buffers;
using System.Text;

namespace SachSong.Core.Text;

/// <summary>
/// What "looks like Vietnamese" means for encoding detection: the 134 Vietnamese letters, word splitting that is the
/// same in every 8-bit encoding, and a syllable check (initial consonant + vowel nucleus + final, at most one tone).
/// </summary>
internal static class LegacyScoring
{
    /// <summary>The 67 lower-case Vietnamese vowel letters with their diacritics, plus đ (NFC).</summary>
    public const string LowerLetters =
        "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";

    /// <summary>The upper-case counterparts of <see cref="LowerLetters"/>, in the same order.</summary>
    public const string UpperLetters =
        "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴ";

    private static readonly HashSet<char> Letters = [.. LowerLetters, .. UpperLetters];

    // Tone marks as combining characters (NFD); the vowel modifiers (circumflex, breve, horn) are not tones.
    private static readonly SearchValues<char> ToneMarks = SearchValues.Create("\u0300\u0301\u0303\u0309\u0323");

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzăâêôơưđ";
    private const string Vowels = "aăâeêioôơuưy";
    private const string Modified = "ăâêôơư";
    private static readonly SearchValues<char> ModifiedVowels = SearchValues.Create(Modified);

    private static readonly string[] Initials =
        ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
         "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

    // "k" is not a native final but occurs in Central Highlands place names (Đắk Lắk, Kon Tum's "Đăk").
    private static readonly string[] Finals = ["ch", "nh", "ng", "c", "m", "n", "p", "t", "k", ""];

    private static readonly HashSet<string> Nuclei = new(StringComparer.Ordinal)
    {
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi",
        "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
        "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uyê", "uya", "uyu",
    };

    /// <summary>The five tone marks as combining characters (NFD).</summary>
    public static SearchValues<char> Tones => ToneMarks;

    /// <summary>True for one of the 134 Vietnamese letters (vowels with diacritics, a e i o u y, đ) or an ASCII letter.</summary>
    public static bool IsVietnameseLetter(char c) => char.IsAsciiLetter(c) || Letters.Contains(c);

    /// <summary>
    /// True when <paramref name="c"/> separates words in every supported encoding: ASCII white space and ASCII
    /// punctuation (all five encodings keep 0x20–0x7E as ASCII) and Unicode white space above Latin-1.
    /// C0 controls and 0x80–0xFF are not separators because TCVN3 and VISCII use them for letters.
    /// </summary>
    public static bool IsSeparator(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\u00A0' => true,
        > '\u0020' and < '\u007F' => !char.IsAsciiLetterOrDigit(c),
        '\u007F' => true,
        > '\u00FF' => char.IsWhiteSpace(c),
        _ => false,
    };

    /// <summary>
    /// True when a word can tell the encodings apart: it carries something an 8-bit encoding could have changed
    /// (a non-ASCII or C0 control character), has at least two characters and a letter, and no digit
    /// ("©" alone or "25°C" prove nothing).
    /// </summary>
    public static bool IsEvidence(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        bool changeable = false, letter = false;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c)) return false;
            changeable |= c >= '\u0080' || c < '\u0020';
            letter |= char.IsLetter(c);
        }
        return changeable && letter;
    }

    /// <summary>The words of <paramref name="text"/> as (start, length) spans, split on <see cref="IsSeparator"/>.</summary>
    public static List<Range> Words(string text)
    {
        var words = new List<Range>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || IsSeparator(text[i]);
            if (boundary && start >= 0)
            {
                words.Add(start..i);
                start = -1;
            }
            else if (!boundary && start < 0)
            {
                start = i;
            }
        }
        return words;
    }

    /// <summary>
    /// True when <paramref name="word"/> is written like one Vietnamese syllable: letters only, consistent case
    /// (lower, UPPER or Title), and initial + nucleus + final from the Vietnamese inventory with at most one tone,
    /// placed on the main vowel, and the spelling rules that hold for every native syllable (a stop final takes
    /// only the acute or dot-below tone; no final after an off-glide; c/k, g/gh, ng/ngh before e, ê, i).
    /// Lenient about tone placement where usage varies (hoà/hòa, thuỷ/thủy); its job is to tell a decoded word
    /// from mojibake, not to spell-check.
    /// </summary>
    public static bool IsPlausibleSyllable(string word)
    {
        if (word.Length == 0 || !HasConsistentCase(word)) return false;
        var bare = new StringBuilder(word.Length);
        var tone = '\0';
        var toneAt = -1;
        foreach (var c in word.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            var parts = c.ToString().Normalize(NormalizationForm.FormD);
            var t = parts.AsSpan().IndexOfAny(ToneMarks);
            if (t >= 0)
            {
                if (tone != '\0') return false;
                tone = parts[t];
                toneAt = bare.Length;
                parts = parts.Remove(t, 1);
            }
            // A tone mark that did not compose with its letter ("ǹ" stays n + U+0300) leaves nothing here.
            var letter = parts.Normalize(NormalizationForm.FormC);
            if (letter.Length != 1 || !Alphabet.Contains(letter[0], StringComparison.Ordinal)) return false;
            bare.Append(letter[0]);
        }
        if (toneAt >= 0 && !Vowels.Contains(bare[toneAt], StringComparison.Ordinal)) return false;
        return SplitsIntoSyllable(bare.ToString(), tone, toneAt);
    }

    /// <summary>
    /// How many letters of <paramref name="word"/> carry the hook or tilde tone, the two rarest of the six tones;
    /// used to break ties between legacy readings ("Lưu" beats "Lửu").
    /// </summary>
    public static int RareTones(string word)
    {
        var count = 0;
        foreach (var c in word.Normalize(NormalizationForm.FormD))
            if (c is '\u0303' or '\u0309') count++;
        return count;
    }

    private static bool SplitsIntoSyllable(string s, char tone, int toneAt)
    {
        foreach (var initial in Initials)
        {
            if (!s.StartsWith(initial, StringComparison.Ordinal)) continue;
            foreach (var final in Finals)
            {
                var length = s.Length - initial.Length - final.Length;
                if (length <= 0 || !s.EndsWith(final, StringComparison.Ordinal)) continue;
                var nucleus = s.Substring(initial.Length, length);
                if (!Nuclei.Contains(nucleus)) continue;
                var toneIndex = toneAt - initial.Length;
                if (toneAt >= 0 && (toneIndex < 0 || toneIndex >= length)) continue;
                if (FollowsSpellingRules(initial, nucleus, final, tone, toneIndex)) return true;
            }
        }
        return false;
    }

    private static bool FollowsSpellingRules(string initial, string nucleus, string final, char tone, int toneIndex)
    {
        var first = nucleus[0];
        var last = nucleus[^1];
        var initialFits = initial switch
        {
            "c" => first is not ('e' or 'ê' or 'i' or 'y'),
            "g" => first is not ('e' or 'ê'),
            "gh" or "ngh" => first is 'e' or 'ê' or 'i',
            "ng" => first is not ('e' or 'ê' or 'i'),
            "qu" => first is not ('u' or 'ư' or 'o'),      // quốc, but not *quoác
            _ => true,
        };
        if (!initialFits) return false;

        var offGlide = nucleus.Length >= 2 && last is 'i' or 'y' or 'o' or 'u' && nucleus is not ("uy" or "oo");
        if (offGlide && final.Length > 0) return false;                               // *aim, *ươun
        if (nucleus is "ă" or "â" or "oă" or "uâ" or "oo" && final.Length == 0) return false; // *bă, *tâ, *too
        if (nucleus == "uơ" && final.Length > 0) return false;                                // thuở; *tuơng (ươ)
        if (nucleus == "y" && final.Length > 0 && initial != "qu") return false;              // *hýng; quýnh
        if (final is "ch" or "nh" && last is not ('a' or 'ê' or 'i' or 'y')) return false;
        if (final is "c" or "ch" or "p" or "t" && tone is not ('\u0301' or '\u0323')) return false;

        if (tone == '\0' || nucleus.Length < 2) return true;
        if (nucleus.AsSpan().ContainsAny(ModifiedVowels))
            return Modified.Contains(nucleus[toneIndex], StringComparison.Ordinal);  // việt, được, mưa
        if (nucleus is "ia" or "ua") return toneIndex == 0;                        // mía, múa
        if (offGlide) return toneIndex < nucleus.Length - 1;                       // hái, khoái
        return final.Length == 0 || toneIndex == nucleus.Length - 1;               // hoà/hòa, hoàn
    }

    private static bool HasConsistentCase(string word)
    {
        var upper = 0;
        var lowerBeforeUpper = false;
        var seenLower = false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsUpper(c))
            {
                upper++;
                if (seenLower) lowerBeforeUpper = true;
            }
            else if (char.IsLower(c))
            {
                seenLower = true;
            }
        }
        if (lowerBeforeUpper) return false;               // "NguyÔn": a capital after a small letter
        return upper <= 1 || !seenLower;                  // lower, Title or UPPER ("NGuyen" fails)
    }
}
