using System.Text.RegularExpressions;
using SachSong.Core.Text;

namespace SachSong.Core.Lists;

/// <summary>Recognisers for the kinds of text a list's rows hold besides people: numbering, totals, headings, signatures.</summary>
internal static partial class RowText
{
    private static readonly string[] VillageWords = Keys("thôn", "tổ", "tổ dân phố", "ấp", "xóm", "bản", "buôn", "bon", "khu phố", "khối", "khóm", "làng", "đội", "tdp", "khu dân cư");
    private static readonly string[] VillageWordsWithoutDiacritics = ["thon", "xom", "khu pho", "to dan pho", "tdp", "khu dan cu"];
    private static readonly string[] CommuneWords = Keys("xã", "phường", "thị trấn", "đặc khu");
    private static readonly string Tong = VietnameseText.MatchKey("tổng");
    private static readonly string Cong = VietnameseText.MatchKey("cộng");
    private static readonly string[] CommuneWordsWithoutDiacritics = ["phuong", "thi tran", "dac khu"];
    private static readonly string[] FooterPhrases =
    [
        "nguoi lap bieu", "lap bieu", "nguoi lap danh sach", "nguoi lap", "xac nhan", "chu tich", "tm ubnd", "tm uy ban", "thu truong",
        "ke toan", "ky ghi ro ho ten", "ky va ghi ro ho ten", "ky ten", "dong dau", "giam doc", "truong phong", "can bo", "truong thon",
    ];

    /// <summary>A cell that can only be data: a date, a year, or a run of five or more digits (an ID).</summary>
    public static bool IsDataLike(string? cell)
    {
        var s = VietnameseText.Clean(cell);
        return s.Length > 0 && (DateLike().IsMatch(s) || LongNumber().IsMatch(s) || YearLike().IsMatch(s));
    }

    /// <summary>The "(1) (2) (3)…" row printed under a header: at least <paramref name="minimum"/> cells, all short numbers or letters, at least two of them numbers.</summary>
    public static bool IsNumberingRow(IReadOnlyList<string?> cells, int minimum)
    {
        int count = 0, numbers = 0;
        foreach (var cell in cells)
        {
            var s = VietnameseText.Clean(cell);
            if (s.Length == 0) continue;
            var m = NumberingCell().Match(s);
            if (!m.Success) return false;
            count++;
            if (m.Groups["n"].Success) numbers++;
        }
        return count >= Math.Max(2, minimum) && numbers >= 2;
    }

    /// <summary>"Tổng cộng", "Tổng số: 25", "Cộng", "Cộng thôn A".</summary>
    public static bool IsTotal(string? cell)
    {
        var key = PlainKey(cell);
        if (key.Length == 0) return false;
        var first = FirstWord(key);
        if (string.Equals(first, Tong, StringComparison.Ordinal) || string.Equals(first, Cong, StringComparison.Ordinal)) return true;
        var loose = ListHeaderText.Words(cell);
        return loose is "tong" or "cong" || loose.StartsWith("tong cong", StringComparison.Ordinal) || loose.StartsWith("tong so", StringComparison.Ordinal);
    }

    /// <summary>The signature block under a list: "Người lập biểu", "TM. UBND xã", "(Ký, ghi rõ họ tên)", "…, ngày 12 tháng 3 năm 2025".</summary>
    public static bool IsFooter(string? cell)
    {
        var words = ListHeaderText.Words(cell);
        if (words.Length == 0) return false;
        var padded = " " + words + " ";
        foreach (var phrase in FooterPhrases)
            if (padded.Contains(" " + phrase + " ", StringComparison.Ordinal)) return true;
        return DateLine().IsMatch(words);
    }

    /// <summary>
    /// Splits a heading into its enumerator ("I.", "A)", "2.") and the rest. <paramref name="outline"/> is true for roman
    /// numerals and letters, which number sections, not people.
    /// </summary>
    public static string StripEnumerator(string text, out bool outline)
    {
        outline = false;
        var m = Enumerator().Match(text);
        if (!m.Success) return text;
        outline = !m.Groups["n"].Success;
        return text[m.Length..];
    }

    /// <summary>True for a cell holding only an outline enumerator ("I", "II", "A").</summary>
    public static bool IsOutlineMark(string text) => OutlineMark().IsMatch(text);

    /// <summary>True when <paramref name="text"/> names a village (thôn, tổ dân phố, ấp, xóm, bản…).</summary>
    public static bool NamesVillage(string text) => StartsWithPlace(text, VillageWords, VillageWordsWithoutDiacritics);

    /// <summary>True when <paramref name="text"/> names a commune (xã, phường, thị trấn, đặc khu).</summary>
    public static bool NamesCommune(string text) => StartsWithPlace(text, CommuneWords, CommuneWordsWithoutDiacritics);

    private static bool StartsWithPlace(string text, string[] words, string[] plainWords)
    {
        var key = PlainKey(text) + " ";
        foreach (var w in words)
            if (key.StartsWith(w + " ", StringComparison.Ordinal)) return true;
        if (VietnameseText.HasDiacritics(text)) return false;
        var loose = ListHeaderText.Words(text) + " ";
        foreach (var w in plainWords)
            if (loose.StartsWith(w + " ", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The match key of <paramref name="text"/> with punctuation as spaces ("Cộng:" gives the key of "cộng").</summary>
    public static string PlainKey(string? text) => VietnameseText.MatchKey(Punctuation().Replace(text ?? "", " "));

    // Match keys put the tone at the end of each word ("ấp" becomes "âṕ"), so the words are compared as match keys too.
    private static string[] Keys(params string[] words) => words.Select(VietnameseText.MatchKey).ToArray();

    private static string FirstWord(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? key : key[..space];
    }

    [GeneratedRegex(@"\d{1,4}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{2,4}", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();

    [GeneratedRegex(@"[^\p{L}\p{M}\p{N}\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\d{5,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"^(?:18|19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex YearLike();

    [GeneratedRegex(@"^[(\[]?\s*(?:(?<n>\d{1,2})|[A-Za-z]|[IVXivx]{1,4})\s*[)\]]?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberingCell();

    [GeneratedRegex(@"(?:^|\s)ngay(?:\s+\d+)?\s+thang(?:\s+\d+)?\s+nam(?!\s+sinh)(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\s*(?:(?<n>\d{1,3}(?:\.\d{1,3})*)|[IVXLC]{1,5}|[A-ZĐa-zđ])\s*[.):/\-]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"^(?:[IVXLC]{1,5}|[A-Z])$", RegexOptions.CultureInvariant)]
    private static partial Regex OutlineMark();
}
