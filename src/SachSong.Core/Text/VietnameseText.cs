using System.Globalization;
using System.Text;

namespace SachSong.Core.Text;

/// <summary>
/// Normalisation of Vietnamese text: NFC, white-space folding, tone-placement-insensitive keys
/// and accent-free keys for blocking.
/// </summary>
public static class VietnameseText
{
    // The five Vietnamese tone marks as combining characters (NFD).
    private const char Grave = '\u0300', Acute = '\u0301', Tilde = '\u0303', Hook = '\u0309', DotBelow = '\u0323';

    /// <summary>NFC, trimmed, with every run of white space (including NBSP and tabs) collapsed to one space.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var nfc = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A comparison key that keeps every diacritic but ignores case, white space and where the tone mark sits:
    /// "Hoà", "hòa" and "HOÀ" give the same key, as do "quý" and "qúy". The tone of each word is moved to its end.
    /// </summary>
    public static string MatchKey(string? text)
    {
        var cleaned = Clean(text);
        if (cleaned.Length == 0) return string.Empty;
        var decomposed = cleaned.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length + 4);
        char tone = '\0';
        foreach (var c in decomposed)
        {
            if (IsTone(c))
            {
                tone = c;
                continue;
            }
            if (c == ' ')
            {
                FlushTone(sb, ref tone);
                sb.Append(' ');
                continue;
            }
            sb.Append(c);
        }
        FlushTone(sb, ref tone);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lower-case, no diacritics at all ("đ" becomes "d"), single spaces: the blocking key.</summary>
    public static string AccentFreeKey(string? text)
    {
        var cleaned = Clean(text);
        if (cleaned.Length == 0) return string.Empty;
        var decomposed = cleaned.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' => 'd', 'ð' => 'd', _ => c });
        }
        return sb.ToString();
    }

    /// <summary>True when the text has any letter outside ASCII that Vietnamese uses (a hint that diacritics are present).</summary>
    public static bool HasDiacritics(string? text) =>
        !string.IsNullOrEmpty(text) && !string.Equals(AccentFreeKey(text), Clean(text).ToLowerInvariant(), StringComparison.Ordinal);

    /// <summary>Title case per word, the way names are written in the register ("nguyễn văn a" → "Nguyễn Văn A").</summary>
    public static string TitleCase(string? text)
    {
        var cleaned = Clean(text);
        if (cleaned.Length == 0) return cleaned;
        var words = cleaned.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i].ToLowerInvariant();
            words[i] = w.Length == 0 ? w : string.Concat(w[..1].ToUpperInvariant(), w.AsSpan(1));
        }
        return string.Join(' ', words).Normalize(NormalizationForm.FormC);
    }

    private static bool IsTone(char c) => c is Grave or Acute or Tilde or Hook or DotBelow;

    private static void FlushTone(StringBuilder sb, ref char tone)
    {
        if (tone == '\0') return;
        sb.Append(tone);
        tone = '\0';
    }
}
