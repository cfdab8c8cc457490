using SachSong.Core.Linkage;

namespace SachSong.App.Lists;

/// <summary>The outcome a row got in one round (rows not re-matched in a round keep their earlier entry).</summary>
public sealed class MatchHistory
{
    private MatchHistory() { }

    public MatchHistory(long roundId, long entryId, MatchStatus status, string? personalId, double score, string reasons)
    {
        RoundId = roundId;
        EntryId = entryId;
        Status = status;
        PersonalId = personalId;
        Score = score;
        Reasons = reasons;
    }

    public long Id { get; private set; }
    public long RoundId { get; private set; }
    public long EntryId { get; private set; }
    public MatchStatus Status { get; private set; }
    public string? PersonalId { get; private set; }
    public double Score { get; private set; }
    public string Reasons { get; private set; } = "";
}
