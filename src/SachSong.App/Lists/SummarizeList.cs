using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Linkage;

namespace SachSong.App.Lists;

/// <summary>A list's current outcome per commune, and each round's matched rate per commune (the convergence view).</summary>
public sealed class SummarizeList(Database database)
{
    public async Task<IReadOnlyList<CommuneOutcome>> ByCommuneAsync(long listId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var list = await db.Lists.AsNoTracking().SingleAsync(l => l.Id == listId, cancellationToken);
        var entries = await db.ListEntries.AsNoTracking().Where(e => e.ListId == listId)
            .Select(e => new { e.CommuneCode, e.Status, e.Reasons }).ToListAsync(cancellationToken);
        var names = await UnitNamesAsync(db, list.UnitVersion, cancellationToken);
        return entries.GroupBy(e => e.CommuneCode ?? list.UnitCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CommuneOutcome(g.Key, names.GetValueOrDefault(g.Key) ?? g.Key, g.Count(),
                g.Count(e => e.Status == MatchStatus.Matched), g.Count(e => e.Status == MatchStatus.Review), g.Count(e => e.Status == MatchStatus.Unmatched),
                g.SelectMany(e => e.Reasons.Split(';', StringSplitOptions.RemoveEmptyEntries))
                    .Select(MatchReasons.FromCode).OfType<MatchReason>()
                    .GroupBy(r => r).ToDictionary(r => r.Key, r => r.Count())))
            .ToList();
    }

    /// <summary>Round number → commune → matched rate, as kept when each round ran.</summary>
    public async Task<IReadOnlyList<RoundRate>> RoundsAsync(long listId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.MatchRounds.AsNoTracking().Where(r => r.ListId == listId)
            .Join(db.RoundCommuneSummaries.AsNoTracking(), r => r.Id, s => s.RoundId, (r, s) => new { r.Number, r.At, s.CommuneCode, s.Rows, s.Matched, s.Review, s.Unmatched })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new RoundRate(r.Number, r.At, r.CommuneCode, r.Rows, r.Matched, r.Review, r.Unmatched))
            .OrderBy(r => r.Round).ThenBy(r => r.CommuneCode, StringComparer.Ordinal).ToList();
    }

    internal static async Task<Dictionary<string, string>> UnitNamesAsync(AppDbContext db, string version, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Where(u => u.Version == version).ToDictionaryAsync(u => u.Code, u => u.Name, StringComparer.Ordinal, cancellationToken);
}

/// <summary>One commune's figures in one round.</summary>
public sealed record RoundRate(int Round, DateTime At, string CommuneCode, int Rows, int Matched, int Review, int Unmatched)
{
    public decimal? MatchedRate => Rows == 0 ? null : (decimal)Matched / Rows;
}
