using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;
using SachSong.App.Storage;
using SachSong.Bench.Web;

// Web load benchmark (issue 5): the built web app (Release) as a separate process on a register of N people (the app's own first run
// generates it into --data once; later runs reuse the folder), then our load generator over loopback:
//   1. GET / (the dashboard) as the district task force (huyen): views not built yet (one user), then 50 users at once;
//   2. ID search GET /api/citizens?q=<12-digit ID> as the police (congan): one user, then 50 at once;
//   3. name search GET /api/citizens?q=<name without diacritics> <birth year>, the same.
// IDs and names are drawn from the register (seed 1). Prints a table; exits non-zero only when requests fail, not when a target is missed.
// Usage: dotnet run -c Release --project bench/SachSong.Bench.Web -- [--people 1000000] [--data /tmp/sachsong-web-bench-1000000]
//        [--web path/to/sachsong-web.dll] [--database "Data Source=…;Pooling=True" or a PostgreSQL connection string]
//        [--users 50] [--seconds 20] [--warmup 5] [--sequential 500]
// --database is passed to the app as SACHSONG_DATABASE (default: sachsong.db in --data, as the app opens it by default).
var people = 1_000_000;
string? data = null;
string? web = null;
string? database = null;
var users = 50;
var seconds = 20;
var warmUp = 5;
var sequential = 500;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--people": people = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--data": data = args[++i]; break;
        case "--web": web = args[++i]; break;
        case "--database": database = args[++i]; break;
        case "--users": users = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seconds": seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--warmup": warmUp = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--sequential": sequential = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: throw new ArgumentException($"Unknown argument {args[i]}");
    }
}
data ??= Path.Combine(Path.GetTempPath(), "sachsong-web-bench-" + people.ToString(CultureInfo.InvariantCulture));
var ct = CancellationToken.None;

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1_073_741_824.0:F1} GB, "
    + $"{RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}");
Console.WriteLine("command: dotnet run -c Release --project bench/SachSong.Bench.Web" + (args.Length == 0 ? "" : " -- " + string.Join(' ', args)));

web ??= await BuildWebAsync(ct);
Console.WriteLine($"web app: {web}");
Console.WriteLine($"data folder: {data}{(File.Exists(Path.Combine(data, "sachsong.db")) ? " (reused)" : $" (new: the first run generates {people:N0} people, a few minutes)")}");
Directory.CreateDirectory(data);

var started = Stopwatch.StartNew();
await using var app = await WebAppProcess.StartAsync(web, data, database, people, TimeSpan.FromMinutes(30), ct);
Console.WriteLine($"app answering at {app.Address} after {started.Elapsed.TotalSeconds:F1} s");

var passwords = (await File.ReadAllLinesAsync(Path.Combine(data, DemoAccounts.FileName), ct))
    .Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
var (registerSize, ids, names) = await SampleAsync(data, database, 2000, ct);
Console.WriteLine($"register: {registerSize:N0} people; sampled {ids.Length:N0} IDs and {names.Length:N0} names (e.g. \"{names[0]}\")");

// A target is judged on the rows the issue states it for: the dashboard under 50 users, each search as one request (one user);
// the searches under 50 users show how they hold up and are printed against the same figure for information.
var rows = new List<(string Scenario, LoadGenerator.Outcome Outcome, double TargetMs, bool Judged)>();
var huyen = await SignInManyAsync("huyen", users);
var congan = await SignInManyAsync("congan", users);

// 1. The dashboard. Cold: each request a period nobody has opened, so the view is built (the register snapshot, loaded by the
//    warm-up request, is kept for a minute); then one user and 50 district users on the usual page.
rows.Add(("GET / (dashboard) cold view, 1 user", await LoadGenerator.SequentialAsync(huyen[0], i => $"/?period={2000 + i}", 1, 10, ct), 200, false));
rows.Add(("GET / (dashboard) as huyen, 1 user", await LoadGenerator.SequentialAsync(huyen[0], _ => "/", 2, Math.Max(sequential / 50, 5), ct), 200, false));
rows.Add(($"GET / (dashboard) as huyen, {users} users", await RunAsync(huyen, (_, _) => "/"), 200, true));

// 2. ID search.
string IdQuery(long i) => "/api/citizens?q=" + ids[i % ids.Length];
rows.Add(("ID search, 1 user (sequential)", await LoadGenerator.SequentialAsync(congan[0], IdQuery, 50, sequential, ct), 10, true));
rows.Add(($"ID search, {users} users", await RunAsync(congan, (w, i) => IdQuery((w * 7919) + i)), 10, false));

// 3. Name search, without diacritics, with the birth year.
string NameQuery(long i) => "/api/citizens?q=" + Uri.EscapeDataString(names[i % names.Length]);
rows.Add(("name search, 1 user (sequential)", await LoadGenerator.SequentialAsync(congan[0], NameQuery, 50, sequential, ct), 100, true));
rows.Add(($"name search, {users} users", await RunAsync(congan, (w, i) => NameQuery((w * 7919) + i)), 100, false));

Console.WriteLine();
Console.WriteLine($"{"scenario",-38} {"requests",9} {"errors",6} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}  target p95");
foreach (var (scenario, o, target, judged) in rows)
{
    var met = o.Percentile(95) < target ? (judged ? "met" : "(under it)") : (judged ? "MISSED" : "(over it)");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{scenario,-38} {o.Requests,9:N0} {o.Errors,6} {o.PerSecond,8:F0} {o.Percentile(50),8:F1} {o.Percentile(95),8:F1} {o.Percentile(99),8:F1} {o.Max,8:F1}  < {target} ms: {met}"));
}
Console.WriteLine($"app processor time: {app.ProcessorTime.TotalSeconds:F1} s");

foreach (var c in huyen.Concat(congan)) c.Dispose();
var failed = rows.Where(r => r.Outcome.Errors > 0).ToList();
foreach (var (scenario, o, _, _) in failed) Console.Error.WriteLine($"{scenario}: {o.Errors} failed requests, first: {o.FirstError}");
return failed.Count == 0 ? 0 : 1;

async Task<LoadGenerator.Outcome> RunAsync(IReadOnlyList<HttpClient> clients, Func<int, long, string> path) =>
    await LoadGenerator.RunAsync(clients, path, TimeSpan.FromSeconds(warmUp), TimeSpan.FromSeconds(seconds), ct);

async Task<HttpClient[]> SignInManyAsync(string user, int count)
{
    var clients = new HttpClient[count];
    for (var k = 0; k < count; k++) clients[k] = await app.SignedInAsync(user, passwords[user], ct);
    return clients;
}

// Release build of the web app into its own artifacts folder, so the bench never measures a Debug build.
static async Task<string> BuildWebAsync(CancellationToken cancellationToken)
{
    var root = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (root is not null && !File.Exists(Path.Combine(root.FullName, "SachSong.slnx"))) root = root.Parent;
    if (root is null) throw new InvalidOperationException("Run from inside the repository, or pass --web path/to/sachsong-web.dll.");
    var artifacts = Path.Combine(Path.GetTempPath(), "sachsong-web-bench-build");
    Console.WriteLine($"building the web app (Release) into {artifacts}…");
    var build = new ProcessStartInfo("dotnet") { WorkingDirectory = root.FullName, RedirectStandardOutput = true };
    foreach (var a in new[] { "build", "src/SachSong.Web", "-c", "Release", "--artifacts-path", artifacts, "-v", "q", "-nologo" }) build.ArgumentList.Add(a);
    using var process = Process.Start(build)!;
    var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
    await process.WaitForExitAsync(cancellationToken);
    if (process.ExitCode != 0) throw new InvalidOperationException("dotnet build failed:\n" + output);
    return Path.Combine(artifacts, "bin", "SachSong.Web", "release", "sachsong-web.dll");
}

// IDs and "name year" queries of people drawn at random (seed 1) from the register.
static async Task<(int Count, string[] Ids, string[] Names)> SampleAsync(string folder, string? connection, int count, CancellationToken cancellationToken)
{
    var database = new Database(DatabaseSettings.Resolve(connection, n => n == DatabaseSettings.DataVariable ? folder : null));
    await using var db = database.CreateContext();
    var size = await db.Citizens.CountAsync(cancellationToken);
    var min = await db.Citizens.MinAsync(c => c.Id, cancellationToken);
    var max = await db.Citizens.MaxAsync(c => c.Id, cancellationToken);
    var random = new Random(1);
    var wanted = Enumerable.Range(0, count).Select(_ => random.NextInt64(min, max + 1)).Distinct().ToList();
    var picked = await db.Citizens.AsNoTracking().Where(c => wanted.Contains(c.Id)).OrderBy(c => c.Id)
        .Select(c => new { c.PersonalId, c.NameKey, c.BirthYear }).ToListAsync(cancellationToken);
    var shuffled = picked.OrderBy(_ => random.Next()).ToList();
    return (size, [.. shuffled.Select(p => p.PersonalId)],
        [.. shuffled.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.NameKey} {p.BirthYear}"))]);
}
