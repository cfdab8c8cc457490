namespace SachSong.Core.Lists;

/// <summary>
/// A worksheet as text: its name (null for a CSV file), its rows in order (blank rows may be left out) and its merged ranges.
/// </summary>
public sealed record SheetGrid(string? Name, IReadOnlyList<SheetRow> Rows, IReadOnlyList<MergedCells> Merges)
{
    /// <summary>The merged range whose area holds (<paramref name="row"/>, <paramref name="column"/>), if any.</summary>
    public MergedCells? MergeAt(int row, int column)
    {
        foreach (var m in Merges)
            if (m.Contains(row, column)) return m;
        return null;
    }
}
