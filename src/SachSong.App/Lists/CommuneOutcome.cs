using SachSong.Core.Linkage;

namespace SachSong.App.Lists;

/// <summary>A list's current outcome in one commune: rows, matched, review, unmatched, and rows per reason.</summary>
public sealed record CommuneOutcome(string CommuneCode, string CommuneName, int Rows, int Matched, int Review, int Unmatched,
    IReadOnlyDictionary<MatchReason, int> ByReason)
{
    /// <summary>Matched share of the rows, or null when there are none.</summary>
    public decimal? MatchedRate => Rows == 0 ? null : (decimal)Matched / Rows;
}
