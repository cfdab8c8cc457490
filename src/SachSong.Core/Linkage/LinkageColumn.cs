namespace SachSong.Core.Linkage;

/// <summary>One field of a <see cref="LinkageTable"/>, stored column-wise (one compact array per column, not an object per record).</summary>
public abstract class LinkageColumn
{
    protected LinkageColumn(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The column's name, which comparisons and blocking rules refer to.</summary>
    public string Name { get; }

    /// <summary>Number of records.</summary>
    public abstract int Count { get; }

    /// <summary>Whether the record has no value in this column.</summary>
    public abstract bool IsMissing(int row);

    internal static int Grow(int current, int needed) => Math.Max(needed, current < 1024 ? 1024 : checked(current + (current / 2)));
}
