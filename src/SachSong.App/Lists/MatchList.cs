using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Linkage;

namespace SachSong.App.Lists;

/// <summary>
/// Runs a matching round on a list: only rows that are new, corrected or touched by a register change since the last round
/// are re-matched; the others keep their outcome. A person already matched by a kept row cannot be matched again (the new
/// row is a duplicate in the list). The round, each re-matched row's outcome and the per-commune figures are stored in one
/// transaction.
/// </summary>
public sealed class MatchList(Database database, TimeProvider clock)
{
    public Task<MatchListResult> ExecuteAsync(long listId, string user, RegisterMatchSettings settings, CancellationToken cancellationToken) =>
        ExecuteAsync(listId, user, settings, progress: null, cancellationToken);

    /// <summary>Runs a round as above, reporting progress.</summary>
    /// <param name="listId">The list.</param>
    /// <param name="user">Who runs the round.</param>
    /// <param name="settings">Thresholds.</param>
    /// <param name="progress">Receives the share done, 0–100: the register loaded, the rows matched, the round stored.</param>
    /// <param name="cancellationToken">Cancels; nothing is stored.</param>
    public async Task<MatchListResult> ExecuteAsync(long listId, string user, RegisterMatchSettings settings, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = database.CreateContext();
        var list = await db.Lists.SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null) return new MatchListResult.ListNotFound(listId);
        var entries = await db.ListEntries.Where(e => e.ListId == listId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var pending = entries.Where(e => e.NeedsMatch).ToList();
        if (pending.Count == 0) return new MatchListResult.NothingChanged(list.Rounds);

        progress?.Report(5);
        var index = await RegisterSnapshot.LoadAsync(db, cancellationToken);
        progress?.Report(40);
        var decisions = new RegisterMatcher(index, settings).Match(pending.Select(e => e.ToListRow()).ToList());
        progress?.Report(80);

        var taken = entries.Where(e => !e.NeedsMatch && e.Status == MatchStatus.Matched && e.MatchedPersonalId is not null)
            .GroupBy(e => e.MatchedPersonalId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().RowKey, StringComparer.Ordinal);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = list.NextRound();
        var now = clock.GetUtcNow().UtcDateTime;
        var round = new MatchRound(listId, number, now, user, settings.MatchThreshold, settings.ReviewThreshold, pending.Count);
        db.MatchRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);

        for (var i = 0; i < pending.Count; i++)
        {
            var decision = decisions[i];
            if (decision.Status == MatchStatus.Matched && decision.PersonalId is { } id && taken.ContainsKey(id))
                decision = decision with { Status = MatchStatus.Unmatched, Reasons = [.. decision.Reasons, MatchReason.DuplicateInList] };
            else if (decision.Status == MatchStatus.Matched && decision.PersonalId is { } kept)
                taken[kept] = pending[i].RowKey;
            pending[i].Record(decision, number);
            db.MatchHistory.Add(new MatchHistory(round.Id, pending[i].Id, decision.Status, decision.PersonalId, decision.Score, pending[i].Reasons));
        }

        foreach (var commune in entries.GroupBy(e => e.CommuneCode ?? list.UnitCode))
        {
            db.RoundCommuneSummaries.Add(new RoundCommuneSummary(round.Id, commune.Key, commune.Count(),
                commune.Count(e => e.Status == MatchStatus.Matched), commune.Count(e => e.Status == MatchStatus.Review),
                commune.Count(e => e.Status == MatchStatus.Unmatched)));
        }
        progress?.Report(90);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(100);
        return new MatchListResult.Completed(number, pending.Count, entries.Count,
            entries.Count(e => e.Status == MatchStatus.Matched), entries.Count(e => e.Status == MatchStatus.Review), entries.Count(e => e.Status == MatchStatus.Unmatched));
    }
}
