namespace SachSong.Core.Linkage;

/// <summary>A categorical field compared for equality (sex, a commune code, a state), stored as interned ids.</summary>
public sealed class CodeColumn : LinkageColumn
{
    private int[] _values;
    private int _count;

    public CodeColumn(string name, TokenTable codes, int capacity = 0)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Codes = codes;
        _values = new int[Math.Max(16, capacity)];
    }

    public TokenTable Codes { get; }

    public override int Count => _count;

    public override bool IsMissing(int row) => _values[row] < 0;

    /// <summary>Adds a record; the code is trimmed and compared as written (normalise before when needed).</summary>
    public void Add(string? code)
    {
        var s = code.AsSpan().Trim();
        AddId(s.Length == 0 ? -1 : Codes.Intern(s));
    }

    /// <summary>Adds a record by code id (-1 when missing).</summary>
    public void AddId(int id)
    {
        if (_count == _values.Length) Array.Resize(ref _values, Grow(_values.Length, _count + 1));
        _values[_count++] = id;
    }

    /// <summary>The code's id, or -1 when missing.</summary>
    public int Id(int row) => _values[row];

    public string? Code(int row) => _values[row] < 0 ? null : Codes.Text(_values[row]);

    public void TrimExcess() => Array.Resize(ref _values, _count);
}
