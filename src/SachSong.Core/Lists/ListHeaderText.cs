using System.Text;
using System.Text.RegularExpressions;
using SachSong.Core.Text;

namespace SachSong.Core.Lists;

/// <summary>
/// Recognises the header of a list column in the many ways officials write it: any case, with or without diacritics or
/// with the tone on another vowel, line breaks and extra spaces inside the cell, a trailing "(*)" or "(1)", a leading
/// "1." and the usual abbreviations (CCCD, ĐDCN, CMND, NS, GT, TT).
/// </summary>
public static partial class ListHeaderText
{
    // Compact keys (accent-free, letters and digits only) of whole headers.
    private static readonly HashSet<string> RowNumberKeys = new(["stt", "tt", "sott", "sothutu", "thutu", "sttt"], StringComparer.Ordinal);
    private static readonly HashSet<string> SexKeys = new(["gioitinh", "gt", "phai", "gioi", "namnu", "nunam", "gioitinhnamnu"], StringComparer.Ordinal);
    private static readonly HashSet<string> BirthDateKeys = new(["ns", "ntns", "ngaysinh", "ngaythangnamsinh", "ngaythangsinh", "sinhngay", "ngaysinhns"], StringComparer.Ordinal);
    private static readonly HashSet<string> NameKeys = new(["ten", "hodem", "hovatendem", "hochudem", "hovachudem", "tendoituong", "tennguoi"], StringComparer.Ordinal);
    private static readonly HashSet<string> CommuneKeys = new(
        ["xa", "phuong", "thitran", "xaphuong", "phuongxa", "xaphuongthitran", "xaphuongdackhu", "xaphuongthitrandackhu", "tenxa",
            "tenxaphuong", "tenxaphuongthitran", "donvi", "tendonvi", "donvihanhchinh", "dvhc", "xathitran", "tendonvihanhchinh"],
        StringComparer.Ordinal);
    private static readonly HashSet<string> CommuneCodeKeys = new(
        ["maxa", "madvhc", "madonvihanhchinh", "maxaphuong", "maxaphuongthitran", "madonvi", "madvhcxa", "madvhccapxa", "maxaphuongdackhu"],
        StringComparer.Ordinal);
    private static readonly HashSet<string> VillageFirstWords = new(["thon", "xom", "ap", "ban", "bon", "buon", "khom", "khoi", "tdp", "lang", "doi"], StringComparer.Ordinal);

    // Words that make a header about somebody else than the listed person (head of household, guardian, parent…).
    private static readonly HashSet<string> OtherPersonWords = new(["cha", "me", "bo", "vo", "chong", "con"], StringComparer.Ordinal);
    private static readonly string[] OtherPersonParts = ["chuho", "giamho", "uyquyen", "nhanthay", "daidien", "nguoinhan", "nguoikhai"];

    /// <summary>
    /// The words of a header for comparison: lower case, no diacritics ("đ" is "d"), markers such as "(*)" or "(1)" and
    /// a leading "1." removed, punctuation as spaces. "Ngày, tháng,\nnăm sinh (*)" gives "ngay thang nam sinh".
    /// </summary>
    public static string Words(string? header)
    {
        var loose = VietnameseText.AccentFreeKey(header);
        if (loose.Length == 0) return loose;
        loose = Marker().Replace(loose, " ");
        loose = LeadingNumber().Replace(loose, "");
        var sb = new StringBuilder(loose.Length);
        var space = false;
        foreach (var c in loose)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>The header's words run together: "Số định danh/CCCD" gives "sodinhdanhcccd". Used for template signatures.</summary>
    public static string Key(string? header) => Words(header).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>
    /// What a column with this header holds; <see cref="ListColumn.Other"/> when the header is not one we know (or is empty).
    /// Quê quán, nơi sinh, nơi cấp and the fields of other people (chủ hộ, người giám hộ, cha, mẹ…) are Other.
    /// </summary>
    // The English headers of SachSong's own exchange files (the `match` list format, the generator's lists).
    private static readonly Dictionary<string, ListColumn> ExchangeKeys = new(StringComparer.Ordinal)
    {
        ["rowid"] = ListColumn.RowNumber, ["personalid"] = ListColumn.PersonalId, ["legacyid"] = ListColumn.LegacyId,
        ["fullname"] = ListColumn.FullName, ["birthdate"] = ListColumn.BirthDate, ["sex"] = ListColumn.Sex,
        ["address"] = ListColumn.Residence, ["village"] = ListColumn.Village, ["communecode"] = ListColumn.CommuneCode,
    };

    public static ListColumn Classify(string? header)
    {
        var words = Words(header);
        if (words.Length == 0) return ListColumn.Other;
        var key = words.Replace(" ", "", StringComparison.Ordinal);
        var split = words.Split(' ');

        if (ExchangeKeys.TryGetValue(key, out var exchange)) return exchange;
        if (RowNumberKeys.Contains(key)) return ListColumn.RowNumber;
        if (key.StartsWith("ghichu", StringComparison.Ordinal)) return ListColumn.Note;
        if (key.Contains("quequan", StringComparison.Ordinal) || key.Contains("noisinh", StringComparison.Ordinal)
            || key.Contains("nguyenquan", StringComparison.Ordinal) || key.Contains("noicap", StringComparison.Ordinal)
            || key.Contains("ngaycap", StringComparison.Ordinal) || key.Contains("email", StringComparison.Ordinal)
            || key.Contains("dienthoai", StringComparison.Ordinal) || key.Contains("lamviec", StringComparison.Ordinal)
            || key.Contains("tamtru", StringComparison.Ordinal))
        {
            return ListColumn.Other;
        }
        if (split.Skip(1).Any(OtherPersonWords.Contains) || OtherPersonParts.Any(p => key.Contains(p, StringComparison.Ordinal)))
            return ListColumn.Other;

        if (key.Contains("dinhdanh", StringComparison.Ordinal) || key.Contains("cccd", StringComparison.Ordinal)
            || key.Contains("ddcn", StringComparison.Ordinal) || key.Contains("cancuoc", StringComparison.Ordinal))
        {
            return ListColumn.PersonalId;
        }
        if (key.Contains("cmnd", StringComparison.Ordinal) || key.Contains("cmt", StringComparison.Ordinal)
            || key.Contains("chungminh", StringComparison.Ordinal))
        {
            return ListColumn.LegacyId;
        }
        if (key.Contains("hovaten", StringComparison.Ordinal) || key.Contains("hoten", StringComparison.Ordinal)
            || key.Contains("hochudem", StringComparison.Ordinal) || NameKeys.Contains(key))
        {
            return ListColumn.FullName;
        }
        if (BirthDateKeys.Contains(key) || key.Contains("ngaysinh", StringComparison.Ordinal)
            || key.Contains("ngaythangnamsinh", StringComparison.Ordinal) || key.Contains("ngaythangsinh", StringComparison.Ordinal))
        {
            return ListColumn.BirthDate;
        }
        if (key.Contains("namsinh", StringComparison.Ordinal)) return ListColumn.BirthYear;
        if (SexKeys.Contains(key) || key.StartsWith("gioitinh", StringComparison.Ordinal)) return ListColumn.Sex;
        if (CommuneCodeKeys.Contains(key)) return ListColumn.CommuneCode;
        if (CommuneKeys.Contains(key)) return ListColumn.Commune;
        if (IsVillage(split)) return ListColumn.Village;
        if (key.Contains("thuongtru", StringComparison.Ordinal) || key.Contains("diachi", StringComparison.Ordinal)
            || key.Contains("noiohientai", StringComparison.Ordinal) || key.Contains("choohientai", StringComparison.Ordinal)
            || key.Contains("noicutru", StringComparison.Ordinal) || key is "noio" or "choo")
        {
            return ListColumn.Residence;
        }
        return ListColumn.Other;
    }

    /// <summary>True for "Nam"/"Nữ" sub-headers, with the sex they stand for.</summary>
    internal static bool IsSexWord(string? header, out ColumnPart part)
    {
        var key = SubHeaderKey(header);
        part = key == "nam" ? ColumnPart.Male
            : key == "nu" || string.Equals(key, Nu, StringComparison.Ordinal) ? ColumnPart.Female
            : ColumnPart.Whole;
        return part != ColumnPart.Whole;
    }

    /// <summary>True for "Ngày"/"Tháng"/"Năm" sub-headers of a date split over three columns ("Nam" without its breve counts as the year only beside the other two).</summary>
    internal static bool IsDatePartWord(string? header, out ColumnPart part)
    {
        var key = SubHeaderKey(header);
        part = key == "ngay" || string.Equals(key, Ngay, StringComparison.Ordinal) ? ColumnPart.Day
            : key == "thang" || string.Equals(key, Thang, StringComparison.Ordinal) ? ColumnPart.Month
            : string.Equals(key, Nam, StringComparison.Ordinal) ? ColumnPart.Year
            : ColumnPart.Whole;
        return part != ColumnPart.Whole;
    }

    // Match keys (tone moved to the end of the word) of the sub-headers whose diacritics matter: "Nam" is male, "Năm" the year.
    private static readonly string Nu = VietnameseText.MatchKey("nữ");
    private static readonly string Ngay = VietnameseText.MatchKey("ngày");
    private static readonly string Thang = VietnameseText.MatchKey("tháng");
    private static readonly string Nam = VietnameseText.MatchKey("năm");

    private static string SubHeaderKey(string? header) =>
        RowText.PlainKey(Marker().Replace(header ?? "", " ")).Replace(" ", "", StringComparison.Ordinal);

    private static bool IsVillage(string[] words)
    {
        var at = words[0] == "ten" && words.Length > 1 ? 1 : 0;
        var first = words[at];
        var second = at + 1 < words.Length ? words[at + 1] : null;
        if (VillageFirstWords.Contains(first)) return true;
        if (first == "to") return second is null or "dan" or "thon" or "ap" or "khu";
        return first == "khu" && second == "pho";
    }

    // "(*)", "(**)", "(1)", "(12)", "(a)" anywhere; a stray "*".
    [GeneratedRegex(@"\(\s*(?:\*+|\d{1,2}|[a-z])\s*\)|\*", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    // "1.", "2)", "a)" before the header text.
    [GeneratedRegex(@"^\s*(?:\d{1,2}|[a-z])[.)]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();
}
