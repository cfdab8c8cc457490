using SachSong.Core.Linkage;

namespace SachSong.App.Lists;

/// <summary>A list's current outcome in one commune: rows, matched, review, unmatched, and rows per reason.</summary>
public sealed record CommuneOutcome(string CommuneCode, string CommuneName, int Rows, int Matched, int Review, int Unmatched,
    IReadOnlyDictionary<MatchReason, int> ByReason)
{
    /// <summary>Matched share of the rows, or null when there are none.</summary>
    public decimal? MatchedRate => Rows == 0 ? null : (decimal)Matched / Rows;

    /// <summary>The communes added up, under <paramref name="name"/> (a district's or a list's total row).</summary>
    public static CommuneOutcome Total(IReadOnlyCollection<CommuneOutcome> communes, string name)
    {
        ArgumentNullException.ThrowIfNull(communes);
        var byReason = communes.SelectMany(c => c.ByReason).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
        return new CommuneOutcome("", name, communes.Sum(c => c.Rows), communes.Sum(c => c.Matched), communes.Sum(c => c.Review),
            communes.Sum(c => c.Unmatched), byReason);
    }
}
