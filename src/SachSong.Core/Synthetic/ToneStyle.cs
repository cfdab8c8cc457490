using System.Text;

namespace SachSong.Core.Synthetic;

/// <summary>
/// The two ways of placing the tone mark in an open syllable ending in "oa", "oe" or "uy": the new style on the first
/// vowel ("Hòa", "Thủy") and the old style on the last ("Hoà", "Thuỷ"). After "q" the "u" belongs to the consonant,
/// so "Quý" has one spelling only.
/// </summary>
internal static class ToneStyle
{
    // Index i of New and Old is the same syllable ending in both styles.
    private static readonly string[] New =
        ["òa", "óa", "ỏa", "õa", "ọa", "òe", "óe", "ỏe", "õe", "ọe", "ùy", "úy", "ủy", "ũy", "ụy"];
    private static readonly string[] Old =
        ["oà", "oá", "oả", "oã", "oạ", "oè", "oé", "oẻ", "oẽ", "oẹ", "uỳ", "uý", "uỷ", "uỹ", "uỵ"];

    /// <summary>True when some word of <paramref name="name"/> can be written in the other style.</summary>
    public static bool CanSwap(string name)
    {
        foreach (var range in name.AsSpan().Split(' '))
            if (EndingIndex(name.AsSpan(range), out _) >= 0) return true;
        return false;
    }

    /// <summary>Writes every word that allows it in the other style.</summary>
    public static string Swap(string name) => Rewrite(name, toOld: null);

    /// <summary>Writes every word that allows it in the old style ("Hoà", "Thuỷ").</summary>
    public static string ToOld(string name) => Rewrite(name, toOld: true);

    private static string Rewrite(string name, bool? toOld)
    {
        if (!CanSwap(name)) return name;
        var sb = new StringBuilder(name.Length);
        foreach (var range in name.AsSpan().Split(' '))
        {
            if (sb.Length > 0) sb.Append(' ');
            var word = name.AsSpan(range);
            var i = EndingIndex(word, out var isOld);
            if (i < 0 || (toOld == true && isOld))
            {
                sb.Append(word);
                continue;
            }
            sb.Append(word[..^2]).Append(isOld ? New[i] : Old[i]);
        }
        return sb.ToString();
    }

    private static int EndingIndex(ReadOnlySpan<char> word, out bool isOld)
    {
        isOld = false;
        if (word.Length < 3) return -1; // a consonant before the vowels: "Hòa", not a lone "Ủy"
        var end = word[^2..];
        var i = IndexOf(New, end);
        if (i < 0)
        {
            i = IndexOf(Old, end);
            isOld = i >= 0;
        }
        if (i < 0) return -1;
        if (end[0] is 'u' or 'ù' or 'ú' or 'ủ' or 'ũ' or 'ụ' && word[^3] is 'q' or 'Q') return -1;
        return i;
    }

    private static int IndexOf(string[] endings, ReadOnlySpan<char> end)
    {
        for (var i = 0; i < endings.Length; i++)
            if (end.SequenceEqual(endings[i])) return i;
        return -1;
    }
}
