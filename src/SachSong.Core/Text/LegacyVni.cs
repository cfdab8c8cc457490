using System.Text;

namespace SachSong.Core.Text;

/// <summary>
/// VNI-Windows: text is stored as Windows-1252 characters; a toned vowel is the base letter followed by one
/// "diacritic" character that the VNI font draws over it (aù = á, eã = ễ, oâ = ô), and a few letters are single
/// characters (ñ = đ, ô = ơ, ö = ư, í ì æ ó ò = í ì ỉ ĩ ị, î = ỵ). Capitals use the upper-case forms (AÙ = Á, Ñ = Đ).
/// </summary>
internal static class LegacyVni
{
    // Diacritic characters and the combining marks they stand for (same order for lower and upper case).
    private const string DiacriticsLower = "ùøûõïâáàåãäêéèúüë";
    private const string DiacriticsUpper = "ÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË";

    private static readonly string[] Marks =
    [
        "\u0301", "\u0300", "\u0309", "\u0303", "\u0323",                                // tones
        "\u0302", "\u0302\u0301", "\u0302\u0300", "\u0302\u0309", "\u0302\u0303", "\u0302\u0323", // circumflex
        "\u0306", "\u0306\u0301", "\u0306\u0300", "\u0306\u0309", "\u0306\u0303", "\u0306\u0323", // breve
    ];

    // Letters written as a single VNI character, and the Unicode letter each stands for.
    private const string SingleVni = "ñÑôÔöÖíÍìÌæÆóÓòÒîÎ";
    private const string SingleUnicode = "đĐơƠưƯíÍìÌỉỈĩĨịỊỵỴ";

    private static readonly Dictionary<char, string> Encoder = BuildEncoder();

    /// <summary>Combines VNI base + diacritic pairs into precomposed letters; anything else passes through.</summary>
    public static void Decode(ReadOnlySpan<char> vni, StringBuilder output)
    {
        for (var i = 0; i < vni.Length; i++)
        {
            var single = SingleVni.IndexOf(vni[i], StringComparison.Ordinal);
            var letter = single >= 0 ? SingleUnicode[single] : vni[i];
            if (i + 1 < vni.Length && IsBase(letter) && TryMark(vni[i + 1], out var mark))
            {
                var composed = string.Concat(letter.ToString(), mark).Normalize(NormalizationForm.FormC);
                if (composed.Length == 1 && LegacyScoring.IsVietnameseLetter(composed[0]))
                {
                    output.Append(composed[0]);
                    i++;
                    continue;
                }
            }
            output.Append(letter);
        }
    }

    /// <summary>True when the character can be written in VNI; <paramref name="vni"/> is its Windows-1252 spelling.</summary>
    public static bool TryEncode(char c, out string vni)
    {
        if (Encoder.TryGetValue(c, out var found))
        {
            vni = found;
            return true;
        }
        // Any other Windows-1252 character is kept, unless VNI gives it a meaning of its own.
        var representable = c < '\u0080' || (c >= '\u00A0' && c <= '\u00FF') || LegacyTables.Windows1252High.Contains(c);
        var special = DiacriticsLower.Contains(c, StringComparison.Ordinal) || DiacriticsUpper.Contains(c, StringComparison.Ordinal)
            || SingleVni.Contains(c, StringComparison.Ordinal);
        vni = c.ToString();
        return representable && !special;
    }

    private static bool IsBase(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ơ' or 'ư'
        or 'A' or 'E' or 'I' or 'O' or 'U' or 'Y' or 'Ơ' or 'Ư';

    private static bool TryMark(char c, out string mark)
    {
        var index = DiacriticsLower.IndexOf(c, StringComparison.Ordinal);
        if (index < 0) index = DiacriticsUpper.IndexOf(c, StringComparison.Ordinal);
        mark = index >= 0 ? Marks[index] : string.Empty;
        return index >= 0;
    }

    private static Dictionary<char, string> BuildEncoder()
    {
        var map = new Dictionary<char, string>();
        for (var i = 0; i < SingleUnicode.Length; i++) map[SingleUnicode[i]] = SingleVni[i].ToString();
        foreach (var letter in LegacyScoring.LowerLetters + LegacyScoring.UpperLetters)
        {
            if (map.ContainsKey(letter) || char.IsAsciiLetter(letter)) continue;
            var upper = char.IsUpper(letter);
            var nfd = letter.ToString().Normalize(NormalizationForm.FormD);
            // ơ and ư (with or without a tone) are the single characters ô/ö followed by the tone.
            var baseLetter = !nfd.Contains('\u031B', StringComparison.Ordinal) ? nfd[0]
                : nfd[0] switch { 'o' => 'ơ', 'O' => 'Ơ', 'u' => 'ư', _ => 'Ư' };
            var baseText = map.TryGetValue(baseLetter, out var single) ? single : baseLetter.ToString();
            // Compare composed forms: NFD puts the dot below before the circumflex/breve, VNI the other way round.
            var index = Array.FindIndex(Marks, m =>
                string.Equals((baseLetter + m).Normalize(NormalizationForm.FormC), letter.ToString(), StringComparison.Ordinal));
            if (index < 0) throw new InvalidOperationException($"No VNI spelling for '{letter}'.");
            map[letter] = baseText + (upper ? DiacriticsUpper[index] : DiacriticsLower[index]);
        }
        return map;
    }
}
