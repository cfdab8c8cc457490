using SachSong.Core.Indicators;
using System.Collections.Concurrent;
using SachSong.App.Storage;

namespace SachSong.App.Indicators;

/// <summary>
/// Keeps each scope's register snapshot for <see cref="KeepFor"/>, so a dashboard that many people open at once reads the register
/// once a minute instead of once per request. Counts may lag the register by that long; reported figures are never cached.
/// When a snapshot is older than that, the next request starts loading a new one and, until it is loaded, everybody is served
/// the old one: loading a large register takes seconds, and no request should wait for it once a first snapshot exists.
/// </summary>
public sealed class RegisterSnapshotCache(TimeProvider clock)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    private sealed record Entry(DateTimeOffset LoadedAt, Lazy<Task<RegisterSnapshot>> Snapshot, Task<RegisterSnapshot>? Previous);

    private readonly ConcurrentDictionary<string, Entry> _byScope = new(StringComparer.Ordinal);

    /// <summary>The snapshot of the register as <paramref name="database"/>'s actor sees it, loaded at most once per <see cref="KeepFor"/>.</summary>
    public Task<RegisterSnapshot> GetAsync(Database database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        // Loaded without the request's token: concurrent requests share the load, and one cancelled request must not cancel it for the others.
        return GetAsync(database.Actor?.Scope.Key ?? "", () => new RegisterFigures(database, clock).LoadSnapshotAsync(CancellationToken.None), cancellationToken);
    }

    internal async Task<RegisterSnapshot> GetAsync(string scopeKey, Func<Task<RegisterSnapshot>> load, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var entry = _byScope.AddOrUpdate(scopeKey, _ => New(null), (_, old) =>
        {
            var task = old.Snapshot.IsValueCreated ? old.Snapshot.Value : null;
            if (task is { IsFaulted: true } or { IsCanceled: true }) return New(old.Previous);
            return task is { IsCompletedSuccessfully: true } && now - old.LoadedAt > KeepFor ? New(task) : old;
        });
        var current = entry.Snapshot.Value;
        if (!current.IsCompleted && entry.Previous is { } previous) return await previous;
        return await current.WaitAsync(cancellationToken);

        Entry New(Task<RegisterSnapshot>? previous) => new(now, new Lazy<Task<RegisterSnapshot>>(load), previous);
    }
}
