using SachSong.App.Indicators;
using SachSong.Core.Indicators;

namespace SachSong.App.Tests.Indicators;

public sealed class RegisterSnapshotCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SameScope_WithinAMinute_LoadsOnce_AndConcurrentCallersShareTheLoad()
    {
        var cache = new RegisterSnapshotCache(new FakeClock(DateTimeOffset.UnixEpoch));
        var loads = 0;
        var gate = new TaskCompletionSource<RegisterSnapshot>();

        var first = cache.GetAsync("524", () => { loads++; return gate.Task; }, Ct);
        var second = cache.GetAsync("524", () => { loads++; return gate.Task; }, Ct);
        gate.SetResult(Snapshot());

        Assert.Same(await first, await second);
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task Expired_ServesTheOldSnapshotWhileTheNewOneLoads_ThenTheNewOne()
    {
        var clock = new FakeClock(DateTimeOffset.UnixEpoch);
        var cache = new RegisterSnapshotCache(clock);
        var old = await cache.GetAsync("524", () => Task.FromResult(Snapshot()), Ct);
        clock.Now += RegisterSnapshotCache.KeepFor + TimeSpan.FromSeconds(1);
        var loading = new TaskCompletionSource<RegisterSnapshot>();

        var whileLoading = cache.GetAsync("524", () => loading.Task, Ct);
        var answeredAtOnce = whileLoading.IsCompletedSuccessfully;
        var fresh = Snapshot();
        loading.SetResult(fresh);
        var afterwards = await cache.GetAsync("524", () => throw new InvalidOperationException("loaded twice"), Ct);

        Assert.True(answeredAtOnce, "a request waited for the new snapshot");
        Assert.Same(old, await whileLoading);
        Assert.Same(fresh, afterwards);
    }

    [Fact]
    public async Task OtherScope_HasItsOwnSnapshot()
    {
        var cache = new RegisterSnapshotCache(new FakeClock(DateTimeOffset.UnixEpoch));
        var district = await cache.GetAsync("2025-03:524", () => Task.FromResult(Snapshot()), Ct);

        var commune = await cache.GetAsync("2025-03:21088", () => Task.FromResult(Snapshot()), Ct);

        Assert.NotSame(district, commune);
    }

    private static RegisterSnapshot Snapshot() => new RegisterSnapshotBuilder().Build();
}
