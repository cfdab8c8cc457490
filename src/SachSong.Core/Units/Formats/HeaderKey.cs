using System.Text;
using SachSong.Core.Text;

namespace SachSong.Core.Units.Formats;

/// <summary>Column headers compared loosely: without case, diacritics, spaces or punctuation ("Tỉnh / Thành Phố" → "tinhthanhpho").</summary>
internal static class HeaderKey
{
    public static string Of(string? header)
    {
        var loose = VietnameseText.AccentFreeKey(header);
        var sb = new StringBuilder(loose.Length);
        foreach (var c in loose)
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Index of the first cell whose key is one of <paramref name="keys"/>, or -1.</summary>
    public static int Find(IReadOnlyList<string> rowKeys, params string[] keys)
    {
        for (var i = 0; i < rowKeys.Count; i++)
            if (keys.Contains(rowKeys[i], StringComparer.Ordinal)) return i;
        return -1;
    }

    public static List<string> OfRow(IReadOnlyList<string?> row) => row.Select(Of).ToList();
}
