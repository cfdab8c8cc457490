using SachSong.App.Storage;
using SachSong.Core.Register;

namespace SachSong.App.Register;

/// <summary>Stores register change events (births, deaths, moves, corrections) in one transaction.</summary>
public sealed class RecordChanges(Database database, TimeProvider clock)
{
    public async Task<int> ExecuteAsync(IEnumerable<RegisterChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = database.CreateContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var rows = changes.Select(c => new RegisterChangeRow(c, now)).ToList();
        db.RegisterChanges.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return rows.Count;
    }
}
