using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace SachSong.Core.Text;

/// <summary>
/// Detection and conversion to Unicode (NFC) of the pre-Unicode Vietnamese encodings found in old government
/// spreadsheets: TCVN3/ABC, VNI-Windows, VISCII and Windows-1258.
/// </summary>
/// <remarks>
/// <para>
/// "Mojibake" text means what a spreadsheet cell or a CSV read as Windows-1252/Latin-1 shows: each legacy byte became
/// one character ("NguyÔn V¨n Hïng" is TCVN3, "Nguyeãn Vaên Huøng" is VNI). Characters map back to bytes through
/// Windows-1252; for 0x80–0x9F the raw C1 controls U+0080–U+009F are accepted too, and C0 controls stand for
/// themselves (TCVN3 and VISCII put capital letters there). A character that no byte can produce (ễ, ư, a combining
/// mark) is kept as it is, so text that is partly Unicode survives conversion.
/// </para>
/// <para>
/// TCVN3 is decoded with the full TCVN 5712:1993 VN1 table: the VN3 fonts (.VnTime) have no upper-case toned letters,
/// VN1 puts them at 0x01–0x17, 0x80–0x9F and a few places above 0xAF, and <see cref="FromUnicode"/> writes them
/// there. A word typed in a capitals font (.VnTimeH) is stored with the lower-case codes ("PH¹M"); when the rest of
/// such a word is in capitals, decoding restores the capitals ("PHẠM").
/// </para>
/// </remarks>
public static class LegacyText
{
    // Tie order among the legacy encodings: most common in the wild first.
    private static readonly LegacyEncoding[] LegacyCandidates =
        [LegacyEncoding.Tcvn3, LegacyEncoding.Vni, LegacyEncoding.Windows1258, LegacyEncoding.Viscii];

    private const int EncodingCount = 5;

    // Used directly rather than through Encoding.RegisterProvider, so the library changes no process-wide state.
    private static readonly Encoding Cp1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)
        ?? throw new InvalidOperationException("Code page 1258 is not available.");

    private static readonly Dictionary<char, byte> Windows1252Bytes = ReverseOf(LegacyTables.Windows1252High, 0x80);
    private static readonly Dictionary<char, byte> Tcvn3Bytes = ReverseOf(LegacyTables.Tcvn3, 0);
    private static readonly Dictionary<char, byte> VisciiBytes = ReverseOf(LegacyTables.Viscii, 0);
    private static readonly Dictionary<char, byte> Windows1258Bytes = BuildWindows1258Bytes();

    // Non-letters that may legitimately remain in converted text (besides ASCII).
    private const string AllowedSymbols = "\u00A0«»°·–—‘’“”…•€₫";

    /// <summary>
    /// Which encoding <paramref name="text"/> (one cell, read as Windows-1252) most plausibly uses. Returns
    /// <see cref="LegacyEncoding.Unicode"/> for proper Unicode Vietnamese, ASCII and other languages; a legacy
    /// encoding wins only when its reading yields strictly more valid Vietnamese syllables than the text as it is.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static LegacyEncoding Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DetectMany([text]).Encoding;
    }

    /// <summary>
    /// Detection over many cells at once (a column or a whole file), which decides better than one cell: every word
    /// with a non-ASCII character is read in each encoding and the encoding with the most valid Vietnamese syllables
    /// wins; Unicode wins ties. Null and empty cells are skipped.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is null.</exception>
    public static LegacyDetection DetectMany(IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var (recognised, examined, rareTones) = Tally(cells);
        var best = Best(recognised, rareTones);
        return new LegacyDetection(best, examined, recognised[(int)best]);
    }

    /// <summary>
    /// Converts mojibake <paramref name="text"/> (characters = the Windows-1252/Latin-1 reading of legacy bytes) to
    /// NFC Unicode. Characters that no byte can produce are kept. For <see cref="LegacyEncoding.Unicode"/> the text
    /// is only normalised to NFC (white space is left alone; see <see cref="VietnameseText.Clean"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="encoding"/> is not a defined value.</exception>
    public static string ToUnicode(string text, LegacyEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckDefined(encoding);
        if (encoding == LegacyEncoding.Unicode) return text.Normalize(NormalizationForm.FormC);

        var output = new StringBuilder(text.Length);
        var bytes = new byte[text.Length];
        var count = 0;
        foreach (var c in text)
        {
            if (TryToByte(c, out var b))
            {
                bytes[count++] = b;
                continue;
            }
            DecodeRaw(bytes.AsSpan(0, count), encoding, output);
            count = 0;
            output.Append(c);
        }
        DecodeRaw(bytes.AsSpan(0, count), encoding, output);
        return Finish(output, encoding);
    }

    /// <summary>
    /// Decodes raw file bytes (for example a CSV saved in a legacy encoding) to NFC Unicode. For VNI the bytes are
    /// read as Windows-1252 and then combined; for <see cref="LegacyEncoding.Unicode"/> they are UTF-8 (a BOM is skipped).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="encoding"/> is not a defined value.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, LegacyEncoding encoding)
    {
        CheckDefined(encoding);
        if (encoding == LegacyEncoding.Unicode)
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            return Encoding.UTF8.GetString(bytes).Normalize(NormalizationForm.FormC);
        }
        var output = new StringBuilder(bytes.Length);
        DecodeRaw(bytes, encoding, output);
        return Finish(output, encoding);
    }

    /// <summary>
    /// Detects and converts in one step. Unicode text comes back as NFC. Text that looks like legacy mojibake but
    /// does not convert cleanly (characters left that are not Vietnamese letters, digits or ordinary punctuation)
    /// fails with a Vietnamese message naming the encoding and the offending word, never as silent mojibake.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<string> Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainUnicode(text)) return ParseResult<string>.Ok(text.Normalize(NormalizationForm.FormC));
        var (recognised, _, rareTones) = Tally([text]);
        var best = Best(recognised, rareTones);

        if (best == LegacyEncoding.Unicode)
        {
            var suspect = FirstWord(text, HasLegacySymptom);
            if (suspect is null) return ParseResult<string>.Ok(text.Normalize(NormalizationForm.FormC));
            var guess = LegacyCandidates[0];
            foreach (var candidate in LegacyCandidates)
                if (recognised[(int)candidate] > recognised[(int)guess]) guess = candidate;
            return ParseResult<string>.Fail(CannotConvert(guess, suspect));
        }

        var converted = ToUnicode(text, best);
        var leftover = FirstWord(converted, w => !IsCleanWord(w));
        return leftover is null
            ? ParseResult<string>.Ok(converted)
            : ParseResult<string>.Fail(CannotConvert(best, leftover));
    }

    /// <summary>
    /// Writes NFC Unicode text in a legacy encoding and returns the mojibake a Windows-1252 reader would show (bytes
    /// 0x81, 0x8D, 0x8F, 0x90, 0x9D and C0 positions appear as the control character of the same value).
    /// Inverse of <see cref="ToUnicode"/>; meant for producing legacy test files and fixtures.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">A character cannot be written in <paramref name="encoding"/>.</exception>
    public static string FromUnicode(string text, LegacyEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckDefined(encoding);
        if (encoding == LegacyEncoding.Unicode) return text.Normalize(NormalizationForm.FormC);
        var bytes = Encode(text, encoding);
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes) sb.Append(Windows1252Char(b));
        return sb.ToString();
    }

    /// <summary>
    /// Encodes NFC Unicode text as the bytes of a legacy file (UTF-8 without BOM for <see cref="LegacyEncoding.Unicode"/>).
    /// TCVN3 uses the single-byte VN1 positions, including those of the upper-case toned letters; Windows-1258 uses a
    /// precomposed letter where the code page has one and base letter + combining tone byte otherwise.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">A character cannot be written in <paramref name="encoding"/>.</exception>
    public static byte[] Encode(string text, LegacyEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckDefined(encoding);
        var nfc = text.Normalize(NormalizationForm.FormC);
        if (encoding == LegacyEncoding.Unicode) return Encoding.UTF8.GetBytes(nfc);

        var bytes = new List<byte>(nfc.Length + 8);
        foreach (var c in nfc)
        {
            var ok = encoding switch
            {
                LegacyEncoding.Tcvn3 => TryAdd(Tcvn3Bytes, c, bytes),
                LegacyEncoding.Viscii => TryAdd(VisciiBytes, c, bytes),
                LegacyEncoding.Vni => TryAddVni(c, bytes),
                LegacyEncoding.Windows1258 => TryAddWindows1258(c, bytes),
                _ => false,
            };
            if (!ok)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"'{c}' (U+{(int)c:X4}) cannot be written in {DisplayName(encoding)}."), nameof(text));
            }
        }
        return [.. bytes];
    }

    /// <summary>The usual name of an encoding, as shown to users ("TCVN3", "VNI-Windows", "VISCII", "Windows-1258", "Unicode").</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="encoding"/> is not a defined value.</exception>
    public static string DisplayName(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Unicode => "Unicode",
        LegacyEncoding.Tcvn3 => "TCVN3",
        LegacyEncoding.Vni => "VNI-Windows",
        LegacyEncoding.Viscii => "VISCII",
        LegacyEncoding.Windows1258 => "Windows-1258",
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding."),
    };

    // The common case, decided without trying every encoding: each word already reads as Vietnamese, so no legacy
    // reading can recognise more words and Unicode wins, and no word shows a legacy symptom. Same verdict as the full path.
    // Words repeat endlessly in names and addresses (Vietnamese has a few thousand syllables), so verdicts are remembered.
    private static bool IsPlainUnicode(string text)
    {
        foreach (var range in LegacyScoring.Words(text))
        {
            var word = text[range];
            if (!PlainWords.TryGetValue(word, out var plain))
            {
                plain = !HasLegacySymptom(word) && (!LegacyScoring.IsEvidence(word) || LegacyScoring.IsPlausibleSyllable(word));
                if (PlainWords.Count < 100_000) PlainWords.TryAdd(word, plain);
            }
            if (!plain) return false;
        }
        return true;
    }

    private static readonly ConcurrentDictionary<string, bool> PlainWords = new(StringComparer.Ordinal);

    private static (int[] Recognised, int Examined, int[] RareTones) Tally(IEnumerable<string?> cells)
    {
        // Per encoding: valid words, and (to break ties between legacy readings) their rare tones.
        var recognised = new int[EncodingCount];
        var rareTones = new int[EncodingCount];
        var examined = 0;
        foreach (var cell in cells)
        {
            if (string.IsNullOrEmpty(cell)) continue;
            foreach (var range in LegacyScoring.Words(cell))
            {
                var word = cell[range];
                if (!LegacyScoring.IsEvidence(word)) continue;
                checked { examined++; }
                if (LegacyScoring.IsPlausibleSyllable(word)) recognised[(int)LegacyEncoding.Unicode]++;
                if (!IsAllBytes(word)) continue;   // a character no byte produces: not mojibake
                foreach (var candidate in LegacyCandidates)
                {
                    var decoded = ToUnicode(word, candidate);
                    if (!LegacyScoring.IsPlausibleSyllable(decoded)) continue;
                    recognised[(int)candidate]++;
                    rareTones[(int)candidate] += LegacyScoring.RareTones(decoded);
                }
            }
        }
        return (recognised, examined, rareTones);
    }

    // Unicode unless a legacy reading recognises strictly more words. Among legacy readings: more words; on a tie
    // the common encodings (TCVN3, VNI) beat the rare ones (Windows-1258, VISCII); between two equally common ones,
    // fewer rare tones ("Lưu" rather than "Lửu"), then the order of LegacyCandidates.
    private static LegacyEncoding Best(int[] recognised, int[] rareTones)
    {
        var best = LegacyCandidates[0];
        foreach (var candidate in LegacyCandidates)
        {
            var (c, b) = ((int)candidate, (int)best);
            var more = recognised[c] > recognised[b];
            var commoner = recognised[c] == recognised[b] && IsCommon(candidate) == IsCommon(best) && rareTones[c] < rareTones[b];
            if (more || commoner) best = candidate;
        }
        return recognised[(int)best] > recognised[(int)LegacyEncoding.Unicode] ? best : LegacyEncoding.Unicode;
    }

    private static bool IsCommon(LegacyEncoding encoding) => encoding is LegacyEncoding.Tcvn3 or LegacyEncoding.Vni;

    private static void DecodeRaw(ReadOnlySpan<byte> bytes, LegacyEncoding encoding, StringBuilder output)
    {
        if (bytes.IsEmpty) return;
        switch (encoding)
        {
            case LegacyEncoding.Tcvn3:
                foreach (var b in bytes) output.Append(LegacyTables.Tcvn3[b]);
                break;
            case LegacyEncoding.Viscii:
                foreach (var b in bytes) output.Append(LegacyTables.Viscii[b]);
                break;
            case LegacyEncoding.Vni:
                Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
                for (var i = 0; i < bytes.Length; i++) chars[i] = Windows1252Char(bytes[i]);
                LegacyVni.Decode(chars, output);
                break;
            case LegacyEncoding.Windows1258:
                output.Append(Cp1258.GetString(bytes));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not a legacy encoding.");
        }
    }

    private static string Finish(StringBuilder output, LegacyEncoding encoding)
    {
        var nfc = output.ToString().Normalize(NormalizationForm.FormC);
        return encoding == LegacyEncoding.Tcvn3 ? RestoreCapitals(nfc) : nfc;
    }

    // Text typed in a TCVN3 capitals font (.VnTimeH) keeps the lower-case codes of its toned letters: "PHạM".
    // A word with at least two capitals and no lower-case ASCII letter had only capitals; so had the whole text
    // when, taken together, it has at least two capitals and no lower-case ASCII letter ("PHạM THàNH Mỹ").
    private static string RestoreCapitals(string text)
    {
        if (IsCapitalsFontRun(text)) return text.ToUpperInvariant();
        StringBuilder? sb = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (!IsCapitalsFontRun(text.AsSpan(start, i - start))) continue;
            sb ??= new StringBuilder(text);
            for (var j = start; j < i; j++) sb[j] = char.ToUpperInvariant(text[j]);
        }
        return sb?.ToString() ?? text;
    }

    private static bool IsCapitalsFontRun(ReadOnlySpan<char> run)
    {
        int upper = 0, lowerOther = 0;
        foreach (var c in run)
        {
            if (char.IsAsciiLetterLower(c)) return false;
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lowerOther++;
        }
        return upper >= 2 && lowerOther > 0;
    }

    private static bool TryToByte(char c, out byte b)
    {
        if (c <= '\u00FF')
        {
            b = (byte)c;
            return true;
        }
        return Windows1252Bytes.TryGetValue(c, out b);
    }

    private static char Windows1252Char(byte b) => b is >= 0x80 and <= 0x9F ? LegacyTables.Windows1252High[b - 0x80] : (char)b;

    private static bool IsAllBytes(string word)
    {
        foreach (var c in word)
            if (!TryToByte(c, out _)) return false;
        return true;
    }

    private static bool TryAdd(Dictionary<char, byte> map, char c, List<byte> bytes)
    {
        if (!map.TryGetValue(c, out var b)) return false;
        bytes.Add(b);
        return true;
    }

    private static bool TryAddVni(char c, List<byte> bytes)
    {
        if (!LegacyVni.TryEncode(c, out var vni)) return false;
        foreach (var v in vni)
        {
            if (!TryToByte(v, out var b)) return false;
            bytes.Add(b);
        }
        return true;
    }

    private static bool TryAddWindows1258(char c, List<byte> bytes)
    {
        if (TryAdd(Windows1258Bytes, c, bytes)) return true;
        // Toned letters the code page lacks: base letter (with circumflex, breve or horn) + combining tone byte.
        // The tone is not always last in NFD: the dot below sorts before the circumflex and breve ("ặ" = a + ̣ + ̆).
        var nfd = c.ToString().Normalize(NormalizationForm.FormD);
        var toneAt = nfd.AsSpan().IndexOfAny(LegacyScoring.Tones);
        if (toneAt < 0) return false;
        var baseLetter = nfd.Remove(toneAt, 1).Normalize(NormalizationForm.FormC);
        if (baseLetter.Length != 1
            || !Windows1258Bytes.TryGetValue(baseLetter[0], out var baseByte)
            || !Windows1258Bytes.TryGetValue(nfd[toneAt], out var toneByte))
        {
            return false;
        }
        bytes.Add(baseByte);
        bytes.Add(toneByte);
        return true;
    }

    private static string? FirstWord(string text, Func<string, bool> predicate)
    {
        foreach (var range in LegacyScoring.Words(text))
        {
            var word = text[range];
            if (predicate(word)) return word;
        }
        return null;
    }

    // Converted text must consist of Vietnamese letters, digits and ordinary punctuation.
    private static bool IsCleanWord(string word)
    {
        foreach (var c in word)
        {
            if (LegacyScoring.IsVietnameseLetter(c) || char.IsAsciiDigit(c)) continue;
            if (AllowedSymbols.Contains(c, StringComparison.Ordinal)) continue;
            return false;
        }
        return true;
    }

    // Characters that real text almost never has inside a word but legacy bytes read as Windows-1252 do:
    // controls, the soft hyphen (TCVN3 ư), Latin-1 symbols (TCVN3 ă à á Đ đ …) and Windows-1252 symbols.
    private static bool HasLegacySymptom(string word)
    {
        var letters = 0;
        var symptom = false;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c)) return false;     // "25°C", "©2024": measurements and marks, not names
            if (char.IsLetter(c))
            {
                letters++;
                continue;
            }
            symptom |= c < '\u0020' || c is >= '\u0080' and <= '\u009F' or '\u00AD' or '\u00D7' or '\u00F7'
                || (c is >= '\u00A1' and <= '\u00BF' && c is not ('«' or '»' or '°'))
                || (c > '\u00FF' && Windows1252Bytes.ContainsKey(c) && !"‘’“”–—…•".Contains(c, StringComparison.Ordinal));
        }
        return symptom && letters > 0;
    }

    private static string CannotConvert(LegacyEncoding encoding, string word) =>
        $"Văn bản có vẻ dùng bảng mã cũ ({DisplayName(encoding)}) nhưng không chuyển được: '{Visible(word)}'";

    // Shows invisible characters (controls, soft hyphen) as <U+XXXX> so the message says what is there.
    private static string Visible(string word)
    {
        const int MaxLength = 40;
        var sb = new StringBuilder();
        foreach (var c in word.Length > MaxLength ? word[..MaxLength] : word)
        {
            if (char.IsControl(c) || c == '\u00AD' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                sb.Append(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>");
            else
                sb.Append(c);
        }
        if (word.Length > MaxLength) sb.Append('…');
        return sb.ToString();
    }

    private static void CheckDefined(LegacyEncoding encoding)
    {
        if (!Enum.IsDefined(encoding))
            throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding.");
    }

    private static Dictionary<char, byte> ReverseOf(ReadOnlySpan<char> table, int firstByte)
    {
        var map = new Dictionary<char, byte>();
        for (var i = 0; i < table.Length; i++)
        {
            // Combining tone marks (TCVN3 0xB0–0xB4) are never written alone: letters use their precomposed byte.
            if (CharUnicodeInfo.GetUnicodeCategory(table[i]) == UnicodeCategory.NonSpacingMark) continue;
            map.TryAdd(table[i], checked((byte)(firstByte + i)));
        }
        return map;
    }

    private static Dictionary<char, byte> BuildWindows1258Bytes()
    {
        var map = new Dictionary<char, byte>();
        for (var b = 0; b < 256; b++)
        {
            var decoded = Cp1258.GetString([(byte)b]);
            if (decoded.Length == 1 && decoded[0] != '\uFFFD') map.TryAdd(decoded[0], (byte)b);
        }
        return map;
    }
}
