using SachSong.Core.Text;

namespace SachSong.Core.Linkage;

/// <summary>
/// Interned words of text and code columns. Each distinct word as written gets an id, and with it the id of its
/// comparison key (<see cref="VietnameseText.MatchKey"/>: case and tone placement ignored) and of its folded key
/// (<see cref="VietnameseText.AccentFreeKey"/>: no diacritics). Columns that are compared with each other share one table
/// (or a table and its overlay), so equal words are equal ids and normalisation runs once per distinct word.
/// </summary>
/// <threadsafety>Interning is not thread-safe. A table with overlays must no longer change; an overlay adds words of its
/// own without touching its parent, so several overlays of one parent may be used at once.</threadsafety>
public sealed class TokenTable
{
    private readonly TokenTable? _parent;
    private readonly int _rawBase, _keyBase, _foldedBase;
    private readonly Dictionary<string, int> _raw = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _rawLookup;
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _folded = new(StringComparer.Ordinal);
    private readonly List<string> _rawText = [];
    private readonly List<int> _keyOf = [];
    private readonly List<int> _foldedOf = [];
    private readonly List<string> _foldedText = [];
    private bool _frozen;

    public TokenTable()
    {
        _rawLookup = _raw.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private TokenTable(TokenTable parent)
        : this()
    {
        _parent = parent;
        _rawBase = parent.Count;
        _keyBase = parent.KeyCount;
        _foldedBase = parent.FoldedCount;
    }

    /// <summary>Number of distinct words as written.</summary>
    public int Count => _rawBase + _rawText.Count;

    /// <summary>Number of distinct comparison keys.</summary>
    public int KeyCount => _keyBase + _keys.Count;

    /// <summary>Number of distinct folded keys.</summary>
    public int FoldedCount => _foldedBase + _foldedText.Count;

    /// <summary>A table that starts with every word of this one and adds its own; this table is frozen from now on.</summary>
    public TokenTable CreateOverlay()
    {
        _frozen = true;
        return new TokenTable(this);
    }

    /// <summary>The id of a word as written, adding it when new.</summary>
    /// <exception cref="InvalidOperationException">When the table is frozen by an overlay and the word is new.</exception>
    public int Intern(ReadOnlySpan<char> word)
    {
        if (TryFind(word, out var id)) return id;
        if (_frozen) throw new InvalidOperationException("The token table has overlays and can no longer change.");
        var text = word.ToString();
        id = _rawBase + _rawText.Count;
        _raw.Add(text, id);
        _rawText.Add(text);
        _keyOf.Add(InternKey(VietnameseText.MatchKey(text)));
        var folded = VietnameseText.AccentFreeKey(text);
        _foldedOf.Add(InternFolded(folded));
        return id;
    }

    /// <summary>The id of a word as written, when known.</summary>
    public bool TryFind(ReadOnlySpan<char> word, out int id)
    {
        if (_parent is not null && _parent.TryFind(word, out id)) return true;
        return _rawLookup.TryGetValue(word, out id);
    }

    /// <summary>The word as written.</summary>
    public string Text(int id) => id < _rawBase ? _parent!.Text(id) : _rawText[id - _rawBase];

    /// <summary>Id of the word's comparison key (case and tone placement ignored).</summary>
    public int KeyOf(int id) => id < _rawBase ? _parent!.KeyOf(id) : _keyOf[id - _rawBase];

    /// <summary>Id of the word's folded key (no diacritics, lower case).</summary>
    public int FoldedOf(int id) => id < _rawBase ? _parent!.FoldedOf(id) : _foldedOf[id - _rawBase];

    /// <summary>Text of a folded key id.</summary>
    public string FoldedText(int foldedId) => foldedId < _foldedBase ? _parent!.FoldedText(foldedId) : _foldedText[foldedId - _foldedBase];

    private int InternKey(string key)
    {
        if (_parent is not null && _parent.TryFindKey(key, out var id)) return id;
        if (_keys.TryGetValue(key, out id)) return id;
        id = _keyBase + _keys.Count;
        _keys.Add(key, id);
        return id;
    }

    private int InternFolded(string folded)
    {
        if (_parent is not null && _parent.TryFindFolded(folded, out var id)) return id;
        if (_folded.TryGetValue(folded, out id)) return id;
        id = _foldedBase + _foldedText.Count;
        _folded.Add(folded, id);
        _foldedText.Add(folded);
        return id;
    }

    private bool TryFindKey(string key, out int id) =>
        (_parent is not null && _parent.TryFindKey(key, out id)) || _keys.TryGetValue(key, out id);

    private bool TryFindFolded(string folded, out int id) =>
        (_parent is not null && _parent.TryFindFolded(folded, out id)) || _folded.TryGetValue(folded, out id);
}
