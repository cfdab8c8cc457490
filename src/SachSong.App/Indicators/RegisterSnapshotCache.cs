using SachSong.Core.Indicators;
using System.Collections.Concurrent;
using SachSong.App.Storage;

namespace SachSong.App.Indicators;

/// <summary>
/// Keeps each scope's register snapshot for <see cref="KeepFor"/>, so a dashboard that many people open at once reads the register
/// once a minute instead of once per request. Counts may lag the register by that long; reported figures are never cached.
/// </summary>
public sealed class RegisterSnapshotCache(TimeProvider clock)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (DateTimeOffset LoadedAt, Lazy<Task<RegisterSnapshot>> Snapshot)> _byScope = new(StringComparer.Ordinal);

    /// <summary>The snapshot of the register as <paramref name="database"/>'s actor sees it, loaded at most once per <see cref="KeepFor"/>.</summary>
    public async Task<RegisterSnapshot> GetAsync(Database database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var key = database.Actor?.Scope.Key ?? "";
        var now = clock.GetUtcNow();
        var entry = _byScope.AddOrUpdate(key, _ => New(database, now), (_, old) =>
            now - old.LoadedAt > KeepFor || old.Snapshot.Value.IsFaulted || old.Snapshot.Value.IsCanceled ? New(database, now) : old);
        return await entry.Snapshot.Value.WaitAsync(cancellationToken);
    }

    // Loaded without the request's token: concurrent requests share the load, and one cancelled request must not cancel it for the others.
    private (DateTimeOffset, Lazy<Task<RegisterSnapshot>>) New(Database database, DateTimeOffset now) =>
        (now, new Lazy<Task<RegisterSnapshot>>(() => new RegisterFigures(database, clock).LoadSnapshotAsync(CancellationToken.None)));
}
