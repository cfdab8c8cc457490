namespace SachSong.Core.Text;

/// <summary>A Vietnamese full name split into family name (họ), middle name (tên đệm) and given name (tên).</summary>
/// <param name="Family">The first word, e.g. "Nguyễn"; empty for a one-word name.</param>
/// <param name="Middle">The words between family and given name, possibly empty, e.g. "Thị Minh".</param>
/// <param name="Given">The last word, e.g. "Hằng".</param>
public sealed record PersonName(string Family, string Middle, string Given)
{
    /// <summary>Splits a full name written in the Vietnamese order (family first).</summary>
    public static PersonName Split(string? fullName)
    {
        var words = VietnameseText.Clean(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => new PersonName("", "", ""),
            1 => new PersonName("", "", words[0]),
            2 => new PersonName(words[0], "", words[1]),
            _ => new PersonName(words[0], string.Join(' ', words[1..^1]), words[^1]),
        };
    }

    /// <summary>The name as written, family first.</summary>
    public string FullName => string.Join(' ', new[] { Family, Middle, Given }.Where(p => p.Length > 0));
}
