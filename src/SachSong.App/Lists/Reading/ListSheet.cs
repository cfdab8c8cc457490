using SachSong.Core.Lists;
using SachSong.Core.Text;

namespace SachSong.App.Lists.Reading;

/// <summary>
/// A sheet read as a list: the mapping it was read with (header rows, data start, signature, and each column with its
/// header text and field: what a UI shows as "detected columns" and lets the user correct), where that mapping came
/// from, what detection proposed, the encoding its text was converted from, and what its rows came to.
/// </summary>
/// <param name="Name">Worksheet name; null for a CSV file.</param>
/// <param name="Mapping">The mapping used.</param>
/// <param name="Source">Detected, or a saved mapping of the same template.</param>
/// <param name="Detected">What detection proposed (null if it found nothing and a saved mapping fitted).</param>
/// <param name="Encoding">Encoding the sheet's text was typed in; it was converted to Unicode.</param>
/// <param name="TitleLines">Text of the rows above the header.</param>
/// <param name="CommuneHint">A commune named by a title line or by the sheet name, if any.</param>
/// <param name="RowCount">People read.</param>
/// <param name="RejectedCount">Rows rejected.</param>
/// <param name="SkippedCount">Rows skipped as not people (totals, headings, signatures).</param>
/// <param name="BlankRows">Blank rows inside the data.</param>
public sealed record ListSheet(
    string? Name,
    ColumnMapping Mapping,
    MappingSource Source,
    ColumnMapping? Detected,
    LegacyEncoding Encoding,
    IReadOnlyList<string> TitleLines,
    string? CommuneHint,
    int RowCount,
    int RejectedCount,
    int SkippedCount,
    int BlankRows)
{
    /// <summary>The template signature of the sheet's header (the key to save a corrected mapping under).</summary>
    public string Signature => Mapping.Signature;

    public IReadOnlyList<int> HeaderRows => Mapping.HeaderRows;

    public IReadOnlyList<MappedColumn> Columns => Mapping.Columns;
}
