namespace SachSong.Core.Lists;

/// <summary>
/// A merged range of a worksheet. Rows are numbered from 1 as the spreadsheet shows them (like <see cref="SheetRow.Number"/>);
/// columns are 0-based indices into a row's cells. Only the top-left cell of the range holds the text.
/// </summary>
public readonly record struct MergedCells
{
    /// <exception cref="ArgumentOutOfRangeException">A row below 1, a column below 0, or a last before a first.</exception>
    public MergedCells(int firstRow, int lastRow, int firstColumn, int lastColumn)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstRow, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(lastRow, firstRow);
        ArgumentOutOfRangeException.ThrowIfNegative(firstColumn);
        ArgumentOutOfRangeException.ThrowIfLessThan(lastColumn, firstColumn);
        FirstRow = firstRow;
        LastRow = lastRow;
        FirstColumn = firstColumn;
        LastColumn = lastColumn;
    }

    public int FirstRow { get; }
    public int LastRow { get; }
    public int FirstColumn { get; }
    public int LastColumn { get; }

    public bool Contains(int row, int column) =>
        row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;
}
