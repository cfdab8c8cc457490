namespace SachSong.Core.Text;

/// <summary>A rejected value of an imported file, located so the person who made the file can fix it.</summary>
/// <param name="File">File name as the user gave it.</param>
/// <param name="Sheet">Worksheet name for spreadsheets, else null.</param>
/// <param name="Row">Row or line number as the user's editor shows it (header is row 1).</param>
/// <param name="Column">Column header as written in the file (or the column letter).</param>
/// <param name="Message">What is wrong, in Vietnamese.</param>
public sealed record RowProblem(string File, string? Sheet, int Row, string Column, string Message)
{
    public override string ToString() =>
        Sheet is null ? $"{File}, dòng {Row}, cột {Column}: {Message}" : $"{File}, trang {Sheet}, dòng {Row}, cột {Column}: {Message}";
}
