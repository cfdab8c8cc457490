using SachSong.Core.Lists;
using SachSong.Core.Text;

namespace SachSong.App.Lists.Reading;

/// <summary>
/// A list file as read: its sheets with their mappings, and every row under each header accounted for — a person in
/// <see cref="Rows"/>, a rejected row in <see cref="Rejected"/>, a row that is not a person in <see cref="Skipped"/>,
/// or counted in <see cref="BlankRows"/>. Sheets without a header are in <see cref="SkippedSheets"/>.
/// </summary>
/// <param name="FileName">The file's name (without its folder).</param>
/// <param name="Sheets">Sheets read as lists, in workbook order.</param>
/// <param name="SkippedSheets">Sheets not read, with the reason.</param>
/// <param name="Rows">The people of every sheet, in order.</param>
/// <param name="Rejected">Rows that should be people but cannot be read, with file, sheet, row, column and reason.</param>
/// <param name="Skipped">Rows that are not people.</param>
/// <param name="BlankRows">Blank rows inside the data, over all sheets.</param>
/// <param name="Encoding">The legacy encoding the file's text was converted from (the first sheet's that had one), or Unicode.</param>
public sealed record ListFileContent(
    string FileName,
    IReadOnlyList<ListSheet> Sheets,
    IReadOnlyList<SkippedSheet> SkippedSheets,
    IReadOnlyList<ListRow> Rows,
    IReadOnlyList<RowProblem> Rejected,
    IReadOnlyList<SkippedRow> Skipped,
    int BlankRows,
    LegacyEncoding Encoding);
