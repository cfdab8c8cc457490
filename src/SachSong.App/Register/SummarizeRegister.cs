using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Register;

namespace SachSong.App.Register;

/// <summary>Per-commune counts of the register (people, living, identity cards, level-2 e-ID, activated).</summary>
public sealed class SummarizeRegister(Database database)
{
    public async Task<IReadOnlyList<CommuneSummary>> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var counts = await db.Citizens.AsNoTracking()
            .GroupBy(c => new { c.CatalogVersion, c.CommuneCode })
            .Select(g => new
            {
                g.Key.CatalogVersion,
                g.Key.CommuneCode,
                People = g.Count(),
                Living = g.Count(c => !c.IsDeceased),
                Cards = g.Count(c => !c.IsDeceased && c.IdCardType != null),
                Eid2 = g.Count(c => !c.IsDeceased && c.EidLevel == EidLevel.Level2),
                Activated = g.Count(c => !c.IsDeceased && c.EidActivatedOn != null),
            })
            .ToListAsync(cancellationToken);
        var names = await db.Units.AsNoTracking().ToDictionaryAsync(u => (u.Version, u.Code), u => u.Name, cancellationToken);
        return counts
            .Select(c => new CommuneSummary(c.CommuneCode, names.GetValueOrDefault((c.CatalogVersion, c.CommuneCode)) ?? c.CommuneCode,
                c.People, c.Living, c.Cards, c.Eid2, c.Activated))
            .OrderBy(c => c.CommuneCode, StringComparer.Ordinal)
            .ToList();
    }
}
