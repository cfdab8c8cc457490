using System.Collections.Concurrent;
using SachSong.App.Access;
using SachSong.App.Storage;

namespace SachSong.Web.Hosting;

/// <summary>
/// Imports and matching rounds started from the pages, run in the background so the page can show a progress bar. Each job
/// runs with its own database seen by the actor who started it (the same scope and audit name as their request), is visible
/// only to that actor, and is forgotten <see cref="KeepFor"/> after it ends. Jobs live in memory: a restart loses the
/// progress, never the data (each use case stores all or nothing).
/// </summary>
public sealed class ListJobs(RootDatabase root, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<ListJobs> logger)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<Guid, Job> _jobs = new();

    /// <summary>A background job: its progress (0–100) and, once done, its result or the failure.</summary>
    public sealed class Job : IProgress<int>
    {
        private int _percent;

        internal Job(Guid id, string owner, string title, string? returnUrl, DateTime startedAt)
        {
            Id = id;
            Owner = owner;
            Title = title;
            ReturnUrl = returnUrl;
            StartedAt = startedAt;
        }

        public Guid Id { get; }
        public string Owner { get; }
        public string Title { get; }
        /// <summary>A local page to go back to when the job is done (the worklist a resubmission came from).</summary>
        public string? ReturnUrl { get; }
        public DateTime StartedAt { get; }
        public DateTime? EndedAt { get; private set; }
        public int Percent => Volatile.Read(ref _percent);
        public bool IsDone => EndedAt is not null;
        /// <summary>What the use case returned (an ImportListResult or a MatchListResult).</summary>
        public object? Result { get; private set; }
        /// <summary>Set when the job stopped on an unexpected error; the details are in the log.</summary>
        public string? Error { get; private set; }

        // Progress only moves forward, whatever order reports arrive in.
        void IProgress<int>.Report(int value)
        {
            var clamped = Math.Clamp(value, 0, 100);
            int seen;
            do seen = Volatile.Read(ref _percent);
            while (clamped > seen && Interlocked.CompareExchange(ref _percent, clamped, seen) != seen);
        }

        internal void End(object? result, string? error, DateTime at)
        {
            Result = result;
            Error = error;
            if (error is null) Volatile.Write(ref _percent, 100);
            EndedAt = at;
        }
    }

    /// <summary>Starts <paramref name="work"/> in the background for <paramref name="actor"/> and returns its job at once.</summary>
    public Job Start(Actor actor, string title, string? returnUrl, Func<Database, IProgress<int>, CancellationToken, Task<object>> work)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(work);
        Forget();
        var job = new Job(Guid.NewGuid(), actor.UserName, title, returnUrl, clock.GetUtcNow().UtcDateTime);
        _jobs[job.Id] = job;
        var database = root.Database.For(actor);
        var stopping = lifetime.ApplicationStopping;
        _ = Task.Run(async () =>
        {
            try
            {
                var result = await work(database, job, stopping);
                job.End(result, null, clock.GetUtcNow().UtcDateTime);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                job.End(null, Ui.T("Máy chủ dừng giữa chừng; không có gì được lưu.", "The server stopped midway; nothing was stored."), clock.GetUtcNow().UtcDateTime);
            }
#pragma warning disable CA1031 // a background job has no caller to throw to: the failure is logged and shown on the job's page
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "List job {Title} of {User} failed", title, actor.UserName);
                job.End(null, Ui.T("Có lỗi khi chạy; không có gì được lưu. Hãy báo quản trị.", "The job failed; nothing was stored. Please tell an administrator."),
                    clock.GetUtcNow().UtcDateTime);
            }
        }, CancellationToken.None);
        return job;
    }

    /// <summary>The job, if it exists and <paramref name="user"/> started it.</summary>
    public Job? Find(Guid id, string user) =>
        _jobs.TryGetValue(id, out var job) && string.Equals(job.Owner, user, StringComparison.Ordinal) ? job : null;

    private void Forget()
    {
        var before = clock.GetUtcNow().UtcDateTime - KeepFor;
        foreach (var (id, job) in _jobs)
            if (job.EndedAt is { } ended && ended < before) _jobs.TryRemove(id, out _);
    }
}
