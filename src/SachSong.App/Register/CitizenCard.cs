using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;
using SachSong.App.Storage;

namespace SachSong.App.Register;

/// <summary>A citizen's card: the record, the household, and the change history. Out of scope is the same as not found; every view is audited.</summary>
public sealed class CitizenCard(Database database, TimeProvider clock)
{
    /// <summary>The card's content.</summary>
    public sealed record Card(Citizen Citizen, string CommuneName, IReadOnlyList<Citizen> Household, IReadOnlyList<RegisterChangeRow> Changes);

    public async Task<Card?> ExecuteAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var citizen = await db.Citizens.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return citizen is null ? null : await BuildAsync(db, citizen, cancellationToken);
    }

    public async Task<Card?> ByPersonalIdAsync(string personalId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var citizen = await db.Citizens.AsNoTracking().FirstOrDefaultAsync(c => c.PersonalId == personalId, cancellationToken);
        return citizen is null ? null : await BuildAsync(db, citizen, cancellationToken);
    }

    private async Task<Card> BuildAsync(AppDbContext db, Citizen citizen, CancellationToken cancellationToken)
    {
        var household = citizen.HouseholdCode is null
            ? []
            : await db.Citizens.AsNoTracking().Where(c => c.HouseholdCode == citizen.HouseholdCode && c.Id != citizen.Id).OrderBy(c => c.Id).Take(30)
                .ToListAsync(cancellationToken);
        var changes = await db.RegisterChanges.AsNoTracking().Where(c => c.PersonalId == citizen.PersonalId).OrderBy(c => c.OccurredOn).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var commune = await db.Units.AsNoTracking().Where(u => u.Version == citizen.CatalogVersion && u.Code == citizen.CommuneCode).Select(u => u.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? citizen.CommuneCode;
        db.Audit(AuditActions.View, $"citizen:{citizen.PersonalId}",
            $"xem thẻ nhân khẩu{(household.Count > 0 ? $" và {household.Count.ToString(CultureInfo.InvariantCulture)} người cùng hộ" : "")}", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new Card(citizen, commune, household, changes);
    }
}
