using SachSong.App.Lists.Reading;
using SachSong.Core.Lists;
using SachSong.Core.Text;

namespace SachSong.App.Lists;

/// <summary>What a list import did.</summary>
public abstract record ImportListResult
{
    private ImportListResult() { }

    /// <summary>
    /// The version is stored: <paramref name="Imported"/> people (new, changed or kept), every other row accounted for as
    /// rejected (with file, sheet, row, column and reason) or skipped as not a person.
    /// </summary>
    public sealed record Completed(long ListId, int Version, int Imported, int Added, int Changed, int Removed,
        IReadOnlyList<ListSheet> Sheets, IReadOnlyList<SkippedSheet> SkippedSheets, IReadOnlyList<RowProblem> Rejected, IReadOnlyList<SkippedRow> Skipped, int BlankRows)
        : ImportListResult;

    /// <summary>The file could not be read, or no sheet has a recognisable header; nothing was stored.</summary>
    public sealed record Failed(string Message) : ImportListResult;
}
