namespace SachSong.App.Lists;

/// <summary>A matching round (đợt đối sánh) of a list: when, with which thresholds, how many rows it re-matched.</summary>
public sealed class MatchRound
{
    private MatchRound() { }

    public MatchRound(long listId, int number, DateTime at, string by, double matchThreshold, double reviewThreshold, int rematched)
    {
        ListId = listId;
        Number = number;
        At = at;
        By = by;
        MatchThreshold = matchThreshold;
        ReviewThreshold = reviewThreshold;
        Rematched = rematched;
    }

    public long Id { get; private set; }
    public long ListId { get; private set; }
    public int Number { get; private set; }
    public DateTime At { get; private set; }
    public string By { get; private set; } = "";
    public double MatchThreshold { get; private set; }
    public double ReviewThreshold { get; private set; }
    public int Rematched { get; private set; }
}
