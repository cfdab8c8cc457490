namespace SachSong.App.Lists;

/// <summary>A round's outcome for one commune of the list, kept so the district sees convergence round after round.</summary>
public sealed class RoundCommuneSummary
{
    private RoundCommuneSummary() { }

    public RoundCommuneSummary(long roundId, string communeCode, int rows, int matched, int review, int unmatched)
    {
        RoundId = roundId;
        CommuneCode = communeCode;
        Rows = rows;
        Matched = matched;
        Review = review;
        Unmatched = unmatched;
    }

    public long Id { get; private set; }
    public long RoundId { get; private set; }
    public string CommuneCode { get; private set; } = "";
    public int Rows { get; private set; }
    public int Matched { get; private set; }
    public int Review { get; private set; }
    public int Unmatched { get; private set; }
}
