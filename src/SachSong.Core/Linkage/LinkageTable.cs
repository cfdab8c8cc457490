namespace SachSong.Core.Linkage;

/// <summary>A set of records as named columns of equal length: one side of a linkage.</summary>
public sealed class LinkageTable
{
    private readonly Dictionary<string, LinkageColumn> _columns = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">When two columns share a name or differ in length.</exception>
    public LinkageTable(IEnumerable<LinkageColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var count = -1;
        foreach (var c in columns)
        {
            if (!_columns.TryAdd(c.Name, c)) throw new ArgumentException($"Two columns are named '{c.Name}'.", nameof(columns));
            if (count >= 0 && c.Count != count) throw new ArgumentException($"Column '{c.Name}' has {c.Count} records, others {count}.", nameof(columns));
            count = c.Count;
        }
        Count = Math.Max(0, count);
    }

    /// <summary>Number of records.</summary>
    public int Count { get; }

    public IEnumerable<LinkageColumn> Columns => _columns.Values;

    /// <exception cref="ArgumentException">When there is no such column.</exception>
    public LinkageColumn this[string name] =>
        _columns.TryGetValue(name, out var c) ? c : throw new ArgumentException($"No column '{name}'.", nameof(name));

    /// <summary>The column of that name and type.</summary>
    /// <exception cref="ArgumentException">When there is no such column or it has another type.</exception>
    public T Column<T>(string name) where T : LinkageColumn =>
        this[name] as T ?? throw new ArgumentException($"Column '{name}' is not a {typeof(T).Name}.", nameof(name));

    public bool Has(string name) => _columns.ContainsKey(name);
}
