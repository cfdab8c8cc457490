namespace SachSong.Core.Synthetic;

/// <summary>A fixed table of items with relative weights, sampled by binary search over cumulative weights.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedChoice(IReadOnlyList<(T Item, double Weight)> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Count == 0) throw new ArgumentException("The table is empty.", nameof(table));
        _items = new T[table.Count];
        _cumulative = new double[table.Count];
        var total = 0.0;
        for (var i = 0; i < table.Count; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(table[i].Weight);
            total += table[i].Weight;
            _items[i] = table[i].Item;
            _cumulative[i] = total;
        }
        if (total <= 0) throw new ArgumentException("The weights sum to zero.", nameof(table));
    }

    public IReadOnlyList<T> Items => _items;

    /// <summary>Share of the total weight that the item at <paramref name="index"/> carries.</summary>
    public double ShareOf(int index) =>
        (_cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1])) / _cumulative[^1];

    public T Sample(SyntheticRandom random) => _items[SampleIndex(random)];

    public int SampleIndex(SyntheticRandom random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var lo = 0;
        var hi = _cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_cumulative[mid] > x) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
