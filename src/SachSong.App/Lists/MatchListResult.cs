namespace SachSong.App.Lists;

/// <summary>What a matching round did.</summary>
public abstract record MatchListResult
{
    private MatchListResult() { }

    /// <summary>A round ran: its number, how many rows it re-matched, and the list's totals after it.</summary>
    public sealed record Completed(int Round, int Rematched, int Rows, int Matched, int Review, int Unmatched) : MatchListResult;

    public sealed record ListNotFound(long ListId) : MatchListResult;

    /// <summary>No row is new, corrected or touched by a register change since the last round.</summary>
    public sealed record NothingChanged(int Round) : MatchListResult;
}
