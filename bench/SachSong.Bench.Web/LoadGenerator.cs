using System.Diagnostics;

namespace SachSong.Bench.Web;

/// <summary>
/// Our small load generator: N workers, each with its own signed-in client, issue requests back to back (closed loop, no think time)
/// through a warm-up and then for a fixed duration; every latency of the measured part is kept.
/// </summary>
internal static class LoadGenerator
{
    /// <summary>What one run measured.</summary>
    public sealed record Outcome(int Users, TimeSpan Duration, double[] LatenciesMs, int Errors, string? FirstError)
    {
        public int Requests => LatenciesMs.Length;
        public double PerSecond => Requests / Duration.TotalSeconds;
        public double Percentile(double p) => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Clamp((int)Math.Ceiling(p / 100 * LatenciesMs.Length) - 1, 0, LatenciesMs.Length - 1)];
        public double Max => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[^1];
    }

    /// <summary>Runs <paramref name="clients"/>.Count workers; worker w asks <paramref name="path"/>(w, i) for its i-th request.</summary>
    public static async Task<Outcome> RunAsync(IReadOnlyList<HttpClient> clients, Func<int, long, string> path, TimeSpan warmUp, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var measureFrom = warmUp;
        var stopAt = warmUp + duration;
        var latencies = new List<double>[clients.Count];
        var errors = 0;
        string? firstError = null;
        var workers = Enumerable.Range(0, clients.Count).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(4096);
            for (long i = 0; clock.Elapsed < stopAt; i++)
            {
                var started = clock.Elapsed;
                var ok = true;
                try
                {
                    using var response = await clients[w].GetAsync(new Uri(path(w, i), UriKind.Relative), cancellationToken);
                    await response.Content.LoadIntoBufferAsync(cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        ok = false;
                        Interlocked.CompareExchange(ref firstError, $"GET {path(w, i)}: {(int)response.StatusCode}", null);
                    }
                }
                catch (HttpRequestException e)
                {
                    ok = false;
                    Interlocked.CompareExchange(ref firstError, $"GET {path(w, i)}: {e.Message}", null);
                }
                catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    ok = false; // the client's timeout: counted as a failed request, and the run goes on
                    Interlocked.CompareExchange(ref firstError, $"GET {path(w, i)}: {e.Message}", null);
                }
                var ended = clock.Elapsed;
                // A failure counts when it ends after the warm-up (a request timing out may have started before it).
                if (!ok)
                {
                    if (ended >= measureFrom) Interlocked.Increment(ref errors);
                    continue;
                }
                if (started >= measureFrom && ended <= stopAt) mine.Add((ended - started).TotalMilliseconds);
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new Outcome(clients.Count, duration, all, errors, firstError);
    }

    /// <summary>One client, <paramref name="count"/> requests one after another (after <paramref name="warmUpCount"/> unmeasured ones).</summary>
    public static async Task<Outcome> SequentialAsync(HttpClient client, Func<long, string> path, int warmUpCount, int count, CancellationToken cancellationToken)
    {
        var all = new double[count];
        var errors = 0;
        string? firstError = null;
        var total = Stopwatch.StartNew();
        for (long i = -warmUpCount; i < count; i++)
        {
            if (i == 0) total.Restart();
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(path(i + warmUpCount), UriKind.Relative), cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                errors++;
                firstError ??= $"GET {path(i + warmUpCount)}: {(int)response.StatusCode}";
            }
            if (i >= 0) all[i] = ms;
        }
        Array.Sort(all);
        return new Outcome(1, total.Elapsed, all, errors, firstError);
    }
}
