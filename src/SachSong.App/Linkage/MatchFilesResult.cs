using SachSong.Core.Linkage;
using SachSong.Core.Text;

namespace SachSong.App.Linkage;

/// <summary>What <see cref="MatchFiles"/> did.</summary>
public abstract record MatchFilesResult
{
    private MatchFilesResult() { }

    /// <summary>The output was written. <paramref name="RegisterProblems"/> are register rows left out (only with accept-valid).</summary>
    public sealed record Completed(
        int RegisterPeople, int Rows, int Matched, int Review, int Unmatched, IReadOnlyList<RowProblem> RegisterProblems,
        FellegiSunterModel? Model, IReadOnlyList<string> Log, TimeSpan ReadTime, TimeSpan MatchTime, TimeSpan WriteTime) : MatchFilesResult;

    /// <summary>Nothing was written: rows of the register or the list have problems.</summary>
    public sealed record Rejected(IReadOnlyList<RowProblem> Problems, int RegisterProblemRows, int ListProblemRows) : MatchFilesResult;

    /// <summary>A file cannot be used at all (missing, empty, header without the needed columns).</summary>
    public sealed record Unreadable(string Message) : MatchFilesResult;
}
