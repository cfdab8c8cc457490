using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using SachSong.Core.Indicators;
using SachSong.Core.Register;
using SachSong.Core.Synthetic;

// Register figures benchmark (issue 4): a register of N synthetic people in memory, spread over the communes of many
// synthetic districts, then every register data element counted for every commune as of one date (best of 5 runs after
// a warm-up). The people come from the synthetic generator in chunks of one district each (22 communes, the generator's
// age pyramid, deaths, cards and e-IDs at its commune rates); 40 districts of 250,000 people give 10 million people in
// 880 communes. Each chunk's communes get their own codes.
// Usage: dotnet run -c Release --project bench/SachSong.Bench.Indicators -- [--people 10000000] [--chunk 250000] [--as-of 2024-12-31] [--runs 5]
var people = 10_000_000;
var chunk = 250_000;
var asOf = new DateOnly(2024, 12, 31);
var runs = 5;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--people": people = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--chunk": chunk = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--as-of": asOf = DateOnly.ParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture); break;
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: throw new ArgumentException($"Unknown argument {args[i]}");
    }
}

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1_073_741_824.0:F1} GB, "
    + $"{RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}");
var optimized = typeof(RegisterCounter).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false)
    .Cast<DebuggableAttribute>().All(a => !a.IsJITOptimizerDisabled);
Console.WriteLine($".NET {Environment.Version}, {(optimized ? "Release" : "Debug (not a benchmark: use -c Release)")} build, server GC {System.Runtime.GCSettings.IsServerGC}");
Console.WriteLine("command: dotnet run -c Release --project bench/SachSong.Bench.Indicators" + (args.Length == 0 ? "" : " -- " + string.Join(' ', args)));

var sw = Stopwatch.StartNew();
var snapshot = Build(people, chunk);
Console.WriteLine($"snapshot: {snapshot.Count:N0} people in {snapshot.Communes.Count:N0} communes, built in {sw.Elapsed.TotalSeconds:F1} s "
    + $"(managed heap {GC.GetTotalMemory(true) / 1_048_576.0:F0} MB)");

var period = Period.Containing(asOf, PeriodKind.Quarter);
var best = TimeSpan.MaxValue;
var bestCount = TimeSpan.MaxValue;
IReadOnlyList<Figure> figures = [];
RegisterCounts counts = null!;
for (var run = 0; run <= runs; run++)
{
    var timer = Stopwatch.StartNew();
    counts = RegisterCounter.Count(snapshot, asOf);
    var counted = timer.Elapsed;
    figures = counts.ToFigures(period, "bench");
    timer.Stop();
    Console.WriteLine($"{(run == 0 ? "warm-up" : "run " + run.ToString(CultureInfo.InvariantCulture))}: count {counted.TotalMilliseconds:F1} ms, "
        + $"count + {figures.Count:N0} figures {timer.Elapsed.TotalMilliseconds:F1} ms");
    if (run == 0) continue;
    if (timer.Elapsed < best) best = timer.Elapsed;
    if (counted < bestCount) bestCount = counted;
}

var totals = RegisterCounts.Elements.ToDictionary(e => e, e => figures.Where(f => f.ElementCode == e).Sum(f => f.Value), StringComparer.Ordinal);
Console.WriteLine($"as of {asOf:yyyy-MM-dd}: " + string.Join(", ", totals.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:N0}"))));
Console.WriteLine($"best of {runs}: all {RegisterCounts.Elements.Count} register data elements for {snapshot.Communes.Count:N0} communes, "
    + $"{snapshot.Count:N0} people: {best.TotalMilliseconds:F1} ms ({bestCount.TotalMilliseconds:F1} ms counting, "
    + $"{snapshot.Count / bestCount.TotalSeconds / 1e6:F0} million people/s)");

static RegisterSnapshot Build(int people, int chunk)
{
    var chunks = (people + chunk - 1) / chunk;
    var builder = new RegisterSnapshotBuilder(people);
    // Generate two districts at a time (one per core) and add them in order, so the result does not depend on timing.
    for (var first = 0; first < chunks; first += Environment.ProcessorCount)
    {
        var batch = Enumerable.Range(first, Math.Min(Environment.ProcessorCount, chunks - first)).ToArray();
        var districts = new IReadOnlyList<CitizenRecord>[batch.Length];
        Parallel.For(0, batch.Length, k =>
        {
            var size = Math.Min(chunk, people - (batch[k] * chunk));
            districts[k] = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = size, Seed = batch[k] + 1, MaxListPeople = 0 }).Citizens;
        });
        for (var k = 0; k < batch.Length; k++)
        {
            var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in districts[k])
            {
                if (!indexes.TryGetValue(c.CommuneCode, out var index))
                {
                    // A distinct 5-digit code per district and commune: ddd (district) then cc (commune).
                    var code = string.Create(CultureInfo.InvariantCulture, $"{batch[k]:000}{indexes.Count:00}");
                    indexes[c.CommuneCode] = index = builder.CommuneIndex("bench", code);
                }
                builder.Add(index, CountedPerson.From(c));
            }
        }
    }
    return builder.Build();
}
