using SachSong.Core.Text;

namespace SachSong.Core.Lists;

/// <summary>
/// Every row of a sheet under its header, accounted for: imported as a person, rejected with a reason, skipped as not a
/// person (total, heading, signature block), or blank (counted). Rows above the header are the title.
/// </summary>
/// <param name="Rows">The people, in sheet order.</param>
/// <param name="Rejected">Rows that should be people but cannot be read, each with its column and a Vietnamese reason.</param>
/// <param name="Skipped">Rows that are not people.</param>
/// <param name="BlankRows">Blank rows between the header and the last non-blank row.</param>
/// <param name="TitleLines">The text of each non-blank row above the header ("DANH SÁCH…", "Xã Bình Long").</param>
/// <param name="CommuneHint">The commune a title line or the sheet name names ("Xã Bình Long"), if any.</param>
public sealed record ListSheetRows(
    IReadOnlyList<ListRow> Rows,
    IReadOnlyList<RowProblem> Rejected,
    IReadOnlyList<SkippedRow> Skipped,
    int BlankRows,
    IReadOnlyList<string> TitleLines,
    string? CommuneHint);
