namespace SachSong.Core.Linkage;

/// <summary>
/// A text field (a name, a street) stored as interned words: per record an offset into one array of word ids.
/// Comparisons use the words' comparison and folded keys from the shared <see cref="TokenTable"/>.
/// </summary>
public sealed class TextColumn : LinkageColumn
{
    private int[] _starts;
    private int[] _ids;
    private int _count;
    private int _idCount;

    public TextColumn(string name, TokenTable tokens, int capacity = 0)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Tokens = tokens;
        _starts = new int[capacity + 1];
        _ids = new int[Math.Max(16, checked(capacity * 3))];
    }

    public TokenTable Tokens { get; }

    public override int Count => _count;

    public override bool IsMissing(int row) => _starts[row + 1] == _starts[row];

    /// <summary>Adds a record: the text is split into words at white space (NBSP and control characters included).</summary>
    public void Add(string? text)
    {
        EnsureRecord();
        if (!string.IsNullOrEmpty(text))
        {
            var span = text.AsSpan();
            var start = -1;
            for (var i = 0; i <= span.Length; i++)
            {
                var separator = i == span.Length || char.IsWhiteSpace(span[i]) || char.IsControl(span[i]);
                if (separator)
                {
                    if (start >= 0) AddWord(Tokens.Intern(span[start..i]));
                    start = -1;
                }
                else if (start < 0)
                {
                    start = i;
                }
            }
        }
        _count++;
        _starts[_count] = _idCount;
    }

    /// <summary>Adds a record made of words already interned in <see cref="Tokens"/>.</summary>
    public void AddWords(ReadOnlySpan<int> wordIds)
    {
        EnsureRecord();
        foreach (var id in wordIds) AddWord(id);
        _count++;
        _starts[_count] = _idCount;
    }

    /// <summary>The record's word ids, in order.</summary>
    public ReadOnlySpan<int> Words(int row) => _ids.AsSpan(_starts[row], _starts[row + 1] - _starts[row]);

    /// <summary>The text as written, words joined by single spaces; empty when missing.</summary>
    public string Text(int row) => Join(row, folded: false);

    /// <summary>The folded text (lower case, no diacritics), words joined by single spaces.</summary>
    public string FoldedText(int row) => Join(row, folded: true);

    /// <summary>Releases spare capacity once the column is complete.</summary>
    public void TrimExcess()
    {
        Array.Resize(ref _starts, _count + 1);
        Array.Resize(ref _ids, _idCount);
    }

    /// <summary>Writes the folded text into <paramref name="destination"/>; returns the length, or -1 when it does not fit.</summary>
    internal int WriteFolded(int row, Span<char> destination)
    {
        var words = Words(row);
        var n = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var text = Tokens.FoldedText(Tokens.FoldedOf(words[i]));
            if (n + text.Length + 1 > destination.Length) return -1;
            if (i > 0) destination[n++] = ' ';
            text.AsSpan().CopyTo(destination[n..]);
            n += text.Length;
        }
        return n;
    }

    /// <summary>Hash of the folded words in order (0 when missing).</summary>
    internal long FoldedHash(int row)
    {
        var words = Words(row);
        if (words.Length == 0) return 0;
        long h = 17;
        foreach (var w in words) h = Hashing.Combine(h, Tokens.FoldedOf(w));
        return h;
    }

    /// <summary>Hash of the folded words sorted by id, so that word order does not matter (0 when missing).</summary>
    internal long SortedFoldedHash(int row)
    {
        var words = Words(row);
        if (words.Length == 0) return 0;
        Span<int> f = words.Length <= 32 ? stackalloc int[words.Length] : new int[words.Length];
        for (var i = 0; i < words.Length; i++) f[i] = Tokens.FoldedOf(words[i]);
        f.Sort();
        long h = 31;
        foreach (var w in f) h = Hashing.Combine(h, w);
        return h;
    }

    private string Join(int row, bool folded)
    {
        var words = Words(row);
        if (words.Length == 0) return string.Empty;
        if (words.Length == 1) return folded ? Tokens.FoldedText(Tokens.FoldedOf(words[0])) : Tokens.Text(words[0]);
        var parts = new string[words.Length];
        for (var i = 0; i < words.Length; i++) parts[i] = folded ? Tokens.FoldedText(Tokens.FoldedOf(words[i])) : Tokens.Text(words[i]);
        return string.Join(' ', parts);
    }

    private void EnsureRecord()
    {
        if (_count + 2 > _starts.Length) Array.Resize(ref _starts, Grow(_starts.Length, _count + 2));
    }

    private void AddWord(int id)
    {
        if (_idCount == _ids.Length) Array.Resize(ref _ids, Grow(_ids.Length, _idCount + 1));
        _ids[_idCount++] = id;
    }
}
