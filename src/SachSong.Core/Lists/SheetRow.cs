namespace SachSong.Core.Lists;

/// <summary>One row of a worksheet or CSV file: its number as the user's editor shows it, and its cells as text.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string?> Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    /// <summary>The cell at <paramref name="index"/>, or null past the end of the row.</summary>
    public string? Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : null;
}
