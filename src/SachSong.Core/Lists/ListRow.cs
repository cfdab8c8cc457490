namespace SachSong.Core.Lists;

/// <summary>
/// One person of a list as the list wrote them. <see cref="Values"/> holds each recognised field as cleaned text
/// (NFC, single spaces) and only when not empty: the birth date as typed (a separate "Năm sinh" or "Ngày | Tháng | Năm"
/// columns combined into one text), the sex ("Nam"/"Nữ" when it comes from which column the birth date was written
/// in), the village or commune of a sub-heading above the row when the row has none. <see cref="Cells"/> are the row's
/// cells as read (after conversion from a legacy encoding), for showing and writing back.
/// </summary>
/// <param name="Sheet">Worksheet name; null for a CSV file.</param>
/// <param name="RowNumber">Row number as the spreadsheet shows it (line number for CSV).</param>
/// <param name="Values">The recognised fields, cleaned; a field is present only when not empty.</param>
/// <param name="Cells">Every cell of the row as read.</param>
public sealed record ListRow(string? Sheet, int RowNumber, IReadOnlyDictionary<ListColumn, string> Values, IReadOnlyList<string?> Cells)
{
    /// <summary>The value of <paramref name="column"/>, or null when the row has none.</summary>
    public string? Value(ListColumn column) => Values.GetValueOrDefault(column);
}
