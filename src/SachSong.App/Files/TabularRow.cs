namespace SachSong.App.Files;

/// <summary>One row of a CSV or spreadsheet: its number as the user's editor shows it, its sheet, and its cells as text.</summary>
public sealed record TabularRow(string? Sheet, int Number, IReadOnlyList<string?> Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
