namespace SachSong.Core.Linkage;

/// <summary>
/// A number written as digits (a personal ID, a social security number, a date written as yyyymmdd), up to 18 digits,
/// leading zeros kept. Stored as a long and a length per record, with a hash index built on first lookup.
/// </summary>
public sealed class DigitsColumn : LinkageColumn
{
    /// <summary>Longest digit string a record may hold.</summary>
    public const int MaxDigits = 18;

    private long[] _values;
    private byte[] _lengths;
    private int _count;
    private int[]? _index;
    private readonly Lock _indexLock = new();

    public DigitsColumn(string name, int capacity = 0)
        : base(name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _values = new long[Math.Max(16, capacity)];
        _lengths = new byte[Math.Max(16, capacity)];
    }

    public override int Count => _count;

    public override bool IsMissing(int row) => _lengths[row] == 0;

    /// <summary>Adds a record: digits only (1–18), anything else is stored as missing.</summary>
    public void Add(ReadOnlySpan<char> digits)
    {
        if (TryParse(digits, out var value, out var length)) AddValue(value, length);
        else AddValue(0, 0);
    }

    /// <summary>Adds a parsed value (length 0 for missing).</summary>
    public void AddValue(long value, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxDigits);
        if (_index is not null) throw new InvalidOperationException("The column is indexed and can no longer change.");
        if (_count == _values.Length)
        {
            var size = Grow(_values.Length, _count + 1);
            Array.Resize(ref _values, size);
            Array.Resize(ref _lengths, size);
        }
        _values[_count] = value;
        _lengths[_count] = (byte)length;
        _count++;
    }

    public long Value(int row) => _values[row];

    public int Length(int row) => _lengths[row];

    /// <summary>The digits as written (with leading zeros), or null when missing.</summary>
    public string? Text(int row) => _lengths[row] == 0 ? null : Format(_values[row], _lengths[row]);

    public void TrimExcess()
    {
        Array.Resize(ref _values, _count);
        Array.Resize(ref _lengths, _count);
    }

    /// <summary>Rows holding exactly this value (in row order of discovery; a unique column gives at most one).</summary>
    public int FindFirst(long value, int length)
    {
        var index = EnsureIndex();
        var mask = index.Length - 1;
        for (var slot = (int)(Hashing.Mix(Key(value, length)) & (ulong)mask); ; slot = (slot + 1) & mask)
        {
            var r = index[slot] - 1;
            if (r < 0) return -1;
            if (_values[r] == value && _lengths[r] == length) return r;
        }
    }

    /// <summary>Adds every row holding this value to <paramref name="rows"/>.</summary>
    public void FindAll(long value, int length, List<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (length == 0) return;
        var index = EnsureIndex();
        var mask = index.Length - 1;
        for (var slot = (int)(Hashing.Mix(Key(value, length)) & (ulong)mask); ; slot = (slot + 1) & mask)
        {
            var r = index[slot] - 1;
            if (r < 0) return;
            if (_values[r] == value && _lengths[r] == length) rows.Add(r);
        }
    }

    /// <summary>Builds the hash index now (otherwise on first lookup).</summary>
    public void BuildIndex() => EnsureIndex();

    public static bool TryParse(ReadOnlySpan<char> digits, out long value, out int length)
    {
        value = 0;
        length = 0;
        if (digits.Length is 0 or > MaxDigits) return false;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = (value * 10) + (c - '0');
        }
        length = digits.Length;
        return true;
    }

    public static string Format(long value, int length) =>
        value.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(length, '0');

    internal static ulong Key(long value, int length) => unchecked(((ulong)value * 32UL) + (ulong)length);

    private int[] EnsureIndex()
    {
        var index = Volatile.Read(ref _index);
        if (index is not null) return index;
        lock (_indexLock)
        {
            if (_index is not null) return _index;
            var size = 16;
            while (size < _count + (_count / 2) + 1) size *= 2;
            index = new int[size];
            var mask = size - 1;
            for (var r = 0; r < _count; r++)
            {
                if (_lengths[r] == 0) continue;
                var slot = (int)(Hashing.Mix(Key(_values[r], _lengths[r])) & (ulong)mask);
                while (index[slot] != 0) slot = (slot + 1) & mask;
                index[slot] = r + 1;
            }
            Volatile.Write(ref _index, index);
            return index;
        }
    }
}
