namespace SachSong.Core.Lists;

/// <summary>A non-blank row that is not a person (a total, a heading, the signature block), located and explained in Vietnamese.</summary>
/// <param name="File">File name as the user gave it.</param>
/// <param name="Sheet">Worksheet name; null for a CSV file.</param>
/// <param name="Row">Row number as the spreadsheet shows it.</param>
/// <param name="Reason">What kind of row it is.</param>
/// <param name="Message">What the row says and why it is skipped, in Vietnamese.</param>
public sealed record SkippedRow(string File, string? Sheet, int Row, SkipReason Reason, string Message)
{
    public override string ToString() =>
        Sheet is null ? $"{File}, dòng {Row}: bỏ qua, {Message}" : $"{File}, trang {Sheet}, dòng {Row}: bỏ qua, {Message}";
}
