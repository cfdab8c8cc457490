using SachSong.Core.Text;

namespace SachSong.Core.Linkage;

/// <summary>A date field, possibly partial (year only, month and year), packed into one int per record.</summary>
public sealed class DateColumn : LinkageColumn
{
    private int[] _values;
    private int _count;

    public DateColumn(string name, int capacity = 0)
        : base(name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _values = new int[Math.Max(16, capacity)];
    }

    public override int Count => _count;

    public override bool IsMissing(int row) => _values[row] == 0;

    public void Add(PartialDate? date) => AddPacked(date is { } d ? Pack(d) : 0);

    /// <summary>Adds a packed value (yyyymmdd with 00 for an unknown month or day; 0 when missing).</summary>
    public void AddPacked(int packed)
    {
        if (_count == _values.Length) Array.Resize(ref _values, Grow(_values.Length, _count + 1));
        _values[_count++] = packed;
    }

    /// <summary>The packed value: yyyymmdd with 00 for an unknown month or day; 0 when missing.</summary>
    public int Packed(int row) => _values[row];

    public PartialDate? Date(int row) => Unpack(_values[row]);

    public void TrimExcess() => Array.Resize(ref _values, _count);

    public static int Pack(PartialDate date) => checked((date.Year * 10000) + ((date.Month ?? 0) * 100) + (date.Day ?? 0));

    public static PartialDate? Unpack(int packed)
    {
        if (packed <= 0) return null;
        var day = packed % 100;
        var month = packed / 100 % 100;
        return new PartialDate(packed / 10000, month == 0 ? null : month, day == 0 ? null : day);
    }
}
