using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;

namespace SachSong.App.Indicators;

/// <summary>
/// Keeps built dashboards per scope, unit, period and indicators for <see cref="RegisterSnapshotCache.KeepFor"/>, so fifty people
/// opening the same dashboard build it once. A view is rebuilt at once when reported data changes (<see cref="ReportedDataStamp"/>):
/// only register counts may lag, as they already do in <see cref="RegisterSnapshotCache"/>.
/// </summary>
public sealed class DashboardCache(TimeProvider clock)
{
    private const int TrimAbove = 1_000;

    private sealed record Entry(DateTimeOffset BuiltAt, ReportedDataStamp Stamp, Lazy<Task<IndicatorDashboard.View>> View);

    private readonly ConcurrentDictionary<string, Entry> _views = new(StringComparer.Ordinal);

    /// <summary>The cached view under <paramref name="key"/> if it is fresh and <paramref name="stamp"/> has not moved, else a new one from <paramref name="build"/>.</summary>
    internal async Task<IndicatorDashboard.View> GetAsync(string key, ReportedDataStamp stamp, Func<Task<IndicatorDashboard.View>> build, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_views.Count > TrimAbove)
            foreach (var (k, e) in _views)
                if (now - e.BuiltAt > RegisterSnapshotCache.KeepFor) _views.TryRemove(k, out _);
        var entry = _views.AddOrUpdate(key, _ => New(), (_, old) =>
            now - old.BuiltAt > RegisterSnapshotCache.KeepFor || old.Stamp != stamp || old.View.Value.IsFaulted || old.View.Value.IsCanceled ? New() : old);
        return await entry.View.Value.WaitAsync(cancellationToken);

        Entry New() => new(now, stamp, new Lazy<Task<IndicatorDashboard.View>>(build));
    }
}

/// <summary>Moves whenever reported figures, targets, rate snapshots or custom indicators are written, by this process or another.</summary>
internal sealed record ReportedDataStamp(long LastFigureChange, int Targets, DateTime? LastTargetSet, long LastSnapshot, int Snapshots,
    int CustomElements, int CustomIndicators)
{
    public static async Task<ReportedDataStamp> ReadAsync(Database database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return new ReportedDataStamp(
            await db.FigureChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0,
            await db.IndicatorTargets.CountAsync(cancellationToken),
            await db.IndicatorTargets.OrderByDescending(t => t.SetAt).Select(t => (DateTime?)t.SetAt).FirstOrDefaultAsync(cancellationToken),
            await db.IndicatorSnapshots.MaxAsync(s => (long?)s.Id, cancellationToken) ?? 0,
            await db.IndicatorSnapshots.CountAsync(cancellationToken),
            await db.CustomElements.CountAsync(cancellationToken),
            await db.CustomIndicators.CountAsync(cancellationToken));
    }
}
