using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Linkage;
using SachSong.Core.Register;

namespace SachSong.App.Lists;

/// <summary>
/// A commune's cleansing worklist: its rows that are unmatched or in review, each with the register records that explain it
/// (the review candidates, the person the typed ID belongs to, or the matched person of a row whose register record changed).
/// </summary>
public sealed class CommuneWorklist(Database database)
{
    public async Task<IReadOnlyList<WorklistRow>> ExecuteAsync(long listId, string? communeCode, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var query = db.ListEntries.AsNoTracking().Where(e => e.ListId == listId
            && (e.Status == MatchStatus.Unmatched || e.Status == MatchStatus.Review || e.RegisterChanged));
        if (communeCode is not null) query = query.Where(e => e.CommuneCode == communeCode);
        var entries = await query.OrderBy(e => e.Sheet).ThenBy(e => e.RowNumber).ToListAsync(cancellationToken);

        var wanted = entries.SelectMany(RegisterIdsOf).Distinct(StringComparer.Ordinal).ToList();
        var people = new Dictionary<string, CitizenRecord>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(1000))
            foreach (var c in await db.Citizens.AsNoTracking().Where(c => chunk.Contains(c.PersonalId)).ToListAsync(cancellationToken))
                people[c.PersonalId] = c.ToRecord();

        return entries.Select(e => new WorklistRow(e.Id, e.RowKey, e.Sheet, e.RowNumber, e.Values, e.Status ?? MatchStatus.Unmatched, e.ReasonList,
            RegisterIdsOf(e).Select(id => people.GetValueOrDefault(id)).OfType<CitizenRecord>().ToList())).ToList();
    }

    // The register people that explain a row: its candidates, its matched person, and whoever owns the ID it typed.
    private static IEnumerable<string> RegisterIdsOf(ListEntry e) =>
        e.CandidateIds
            .Concat(e.MatchedPersonalId is null ? [] : [e.MatchedPersonalId])
            .Concat(PersonalId.Parse(e.PersonalId) is PersonalIdParse.Valid v ? [v.Id.Value] : [])
            .Distinct(StringComparer.Ordinal);
}
