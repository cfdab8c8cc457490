using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using SachSong.Core.Linkage;
using SachSong.Core.Register;
using SachSong.Core.Synthetic;
using SachSong.Core.Text;

// Matching benchmark (issue 3 §4): a 10-million register and a 1-million-row list as CSV files, then
//  1. `sachsong match` end to end as a separate process under /usr/bin/time (wall time, peak memory),
//  2. the deterministic ID path alone (clean rows against the in-memory index),
//  3. the same job as a user would do it in PostgreSQL: COPY both files, join on the ID, pg_trgm similarity on names for the rest.
// Usage: dotnet run -c Release --project bench/SachSong.Bench.Matching -- [--people 10000000] [--rows 1000000] [--work DIR]
//        [--cli path/to/sachsong.dll] [--postgres "Host=…"] [--skip-postgres]
var people = 10_000_000;
var rowsWanted = 1_000_000;
var work = Path.Combine(Path.GetTempPath(), "sachsong-match-bench");
string? cli = null;
var postgres = Environment.GetEnvironmentVariable("SACHSONG_TEST_POSTGRES") ?? "Host=127.0.0.1;Username=postgres;Password=sachsong_ci;Database=postgres";
var skipPostgres = false;
string? readOnly = null;
var idPathOnly = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--people": people = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--rows": rowsWanted = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--work": work = args[++i]; break;
        case "--cli": cli = args[++i]; break;
        case "--postgres": postgres = args[++i]; break;
        case "--skip-postgres": skipPostgres = true; break;
        case "--read-only": readOnly = args[++i]; break;
        case "--id-path-only": idPathOnly = true; break;
        default: throw new ArgumentException($"Unknown argument {args[i]}");
    }
}
if (readOnly is not null)
{
    for (var k = 0; k < 2; k++)
    {
        var w = Stopwatch.StartNew();
        var read = SachSong.App.Linkage.RegisterFileReader.Read(readOnly, DateOnly.MaxValue, CancellationToken.None);
        Console.WriteLine($"read {read.RowsRead:N0} rows, {read.Problems.Count} problems in {w.Elapsed.TotalSeconds:F2} s");
    }
    return;
}
cli ??= Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "SachSong.Cli", "release", "sachsong.dll"));
Directory.CreateDirectory(work);
var registerCsv = Path.Combine(work, $"register-{people}.csv");
var listCsv = Path.Combine(work, $"list-{people}-{rowsWanted}.csv");
var truthCsv = Path.Combine(work, $"truth-{people}-{rowsWanted}.csv");
var outCsv = Path.Combine(work, "out.csv");

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1_073_741_824.0:F1} GB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
if (!File.Exists(registerCsv) || !File.Exists(listCsv)) Generate();
Console.WriteLine($"register {registerCsv} ({new FileInfo(registerCsv).Length / 1_048_576.0:F0} MB), list {listCsv} ({new FileInfo(listCsv).Length / 1_048_576.0:F0} MB)");

if (idPathOnly)
{
    DeterministicPath();
    return;
}

// 1. sachsong match, end to end, as a user runs it.
var (matchSeconds, peakKb, stdout) = await RunTimedAsync("dotnet", $"\"{cli}\" match --register \"{registerCsv}\" --list \"{listCsv}\" --out \"{outCsv}\" --lang en");
Console.WriteLine(stdout.Trim());
Console.WriteLine($"sachsong match: {matchSeconds:F1} s wall, peak memory {peakKb / 1_048_576.0:F2} GB");
Accuracy();

// 2. The deterministic ID path alone.
DeterministicPath();

// 3. PostgreSQL, as a user would do it.
if (!skipPostgres)
{
    var pg = await Postgres();
    Console.WriteLine($"PostgreSQL total {pg:F1} s vs sachsong match {matchSeconds:F1} s: ratio {pg / matchSeconds:F1}x");
}

void Generate()
{
    var sw = Stopwatch.StartNew();
    var ids = new HashSet<long>();
    var legacy = new HashSet<int>();
    // Chunks of 250,000 people, each drawn with its own seed and given its own commune codes, so a 10-million register has
    // ~880 communes of ~11,000 people (real communes hold 5,000–30,000), not one district's 22 communes blown up 400-fold.
    var chunk = Math.Min(people, 250_000);
    var chunks = (people + chunk - 1) / chunk;
    var listRows = new List<List<SyntheticListRow>>();
    var written = 0;
    using (var writer = new StreamWriter(registerCsv, false, new UTF8Encoding(false), 1 << 20))
    {
        var csv = new CsvWriter(writer);
        csv.WriteRecord([.. RegisterFormat.RequiredHeaders, "legacy_id"]);
        for (var c = 0; c < chunks; c++)
        {
            var size = Math.Min(chunk, people - (c * chunk));
            var district = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = size, Seed = 1000 + c });
            var commune = CommuneOf(c);
            var dropped = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in district.Citizens)
            {
                if (!ids.Add(long.Parse(p.PersonalId, CultureInfo.InvariantCulture)))
                {
                    dropped.Add(p.PersonalId);
                    continue;
                }
                var l = p.LegacyIdNumber is { } n && legacy.Add(int.Parse(n, CultureInfo.InvariantCulture)) ? n : "";
                var cells = RegisterFormat.ToCells(p with { CommuneCode = commune(p.CommuneCode) }, RegisterFormat.ContractColumns);
                csv.WriteRecord([.. cells, l]);
                written++;
            }
            // Rows of people dropped as duplicate IDs keep their cells but lose their truth.
            // One person in one list only (a person on two programmes' lists would be a DUPLICATE_IN_LIST in one merged list).
            var owner = new Dictionary<string, string>(StringComparer.Ordinal);
            listRows.Add(district.Lists.SelectMany(x => x.Rows.Select(r => (x.Program, Row: r)))
                .Where(x => x.Row.TruePersonalId is null || owner.TryAdd(x.Row.TruePersonalId, x.Program) || owner[x.Row.TruePersonalId] == x.Program)
                .Select(x => x.Row)
                .Select(r => r with { CommuneCode = commune(r.CommuneCode) })
                .Select(r => r.TruePersonalId is { } t && dropped.Contains(t) ? r with { TruePersonalId = "?" } : r).ToList());
            Console.WriteLine($"  chunk {c + 1}/{chunks}: {size:N0} people, {listRows[^1].Count:N0} list rows, {dropped.Count:N0} duplicate IDs dropped ({sw.Elapsed.TotalSeconds:F0} s)");
        }
    }
    using (var writer = new StreamWriter(listCsv, false, new UTF8Encoding(false), 1 << 20))
    using (var truth = new StreamWriter(truthCsv, false, new UTF8Encoding(false), 1 << 20))
    {
        var csv = new CsvWriter(writer);
        var t = new CsvWriter(truth);
        csv.WriteRecord([.. SyntheticDistrictWriter.ListHeaders]);
        t.WriteRecord("row_id", "true_personal_id");
        var k = 0;
        for (var i = 0; k < rowsWanted && listRows.Any(l => i < l.Count); i++)
            foreach (var l in listRows)
            {
                if (i >= l.Count || k >= rowsWanted) continue;
                var r = l[i];
                var id = string.Create(CultureInfo.InvariantCulture, $"L-{++k:0000000}");
                csv.WriteRecord(id, r.PersonalId, r.FullName, r.BirthDate, r.Sex, r.CommuneCode);
                t.WriteRecord(id, r.TruePersonalId);
            }
    }
    Console.WriteLine($"generated {written:N0} register people and the list in {sw.Elapsed.TotalSeconds:F0} s");
}

// Chunk c's communes: the generator's codes (21040–21112) moved into a band of their own.
static Func<string, string> CommuneOf(int c) => code => string.IsNullOrEmpty(code)
    ? code
    : (10_000 + (c * 200) + (int.Parse(code, CultureInfo.InvariantCulture) - 21_000)).ToString("00000", CultureInfo.InvariantCulture);

void Accuracy()
{
    var truth = ReadCsv(truthCsv).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
    var decisions = ReadCsv(outCsv).ToList();
    var known = decisions.Where(d => truth.TryGetValue(d[0], out var t) && t != "?").ToList();
    var metrics = MatchMetrics.Compute(known.Select(d =>
    {
        var t = truth[d[0]];
        var status = d[1] switch { "matched" => MatchStatus.Matched, "review" => MatchStatus.Review, _ => MatchStatus.Unmatched };
        return ((string?)(t.Length == 0 ? null : t), status, (string?)d[2]);
    }));
    Console.WriteLine(SyntheticEvaluation.Line("accuracy (bench list)", metrics));
}

void DeterministicPath()
{
    var sw = Stopwatch.StartNew();
    var builder = new RegisterIndexBuilder(people);
    var clean = new List<ListRow>(rowsWanted);
    foreach (var r in ReadCsv(registerCsv))
    {
        var date = DateParser.Parse(r[2], DateOnly.MaxValue).Value;
        builder.Add(r[0], r[1], DateColumn.Pack(date), SexText.Parse(r[3]).Value, r[4], r[6] == "1", r[7]);
        if (clean.Count < rowsWanted && builder.Count % Math.Max(1, people / rowsWanted) == 0)
            clean.Add(new ListRow(string.Create(CultureInfo.InvariantCulture, $"D-{clean.Count}"), r[0], r[1], r[2], r[3], r[4]));
    }
    var index = builder.Build();
    Console.WriteLine($"index of {index.Count:N0} built in {sw.Elapsed.TotalSeconds:F1} s (in-process, for the ID path); heap {GC.GetTotalMemory(true) / 1_073_741_824.0:F2} GB");
    var matcher = new RegisterMatcher(index, new RegisterMatchSettings());
    matcher.Match(clean.Take(10_000).ToList()); // warm-up
    sw.Restart();
    var decisions = matcher.Match(clean);
    var seconds = sw.Elapsed.TotalSeconds;
    foreach (var line in matcher.Log) Console.WriteLine("    " + line);
    Console.WriteLine($"deterministic ID path: {clean.Count:N0} rows in {seconds:F2} s = {clean.Count / seconds:N0} rows/s ({decisions.Count(d => d.Status == MatchStatus.Matched):N0} matched)");
}

async Task<double> Postgres()
{
    var total = Stopwatch.StartNew();
    await using var db = NpgsqlDataSource.Create(postgres + ";Command Timeout=0");
    async Task Sql(string label, string sql)
    {
        var sw = Stopwatch.StartNew();
        await using var cmd = db.CreateCommand(sql);
        var n = await cmd.ExecuteNonQueryAsync();
        Console.WriteLine($"  pg {label}: {sw.Elapsed.TotalSeconds:F1} s{(n >= 0 ? $" ({n:N0} rows)" : "")}");
    }
    await Sql("setup", """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        DROP TABLE IF EXISTS bench_reg, bench_list, bench_result;
        CREATE UNLOGGED TABLE bench_reg (personal_id text, full_name text, birth_date text, sex text, commune_code text, address text, deceased text, legacy_id text);
        CREATE UNLOGGED TABLE bench_list (row_id text, personal_id text, full_name text, birth_date text, sex text, commune_code text);
        """);
    async Task Copy(string table, string file)
    {
        var sw = Stopwatch.StartNew();
        await using var conn = await db.OpenConnectionAsync();
        await using (var writer = await conn.BeginTextImportAsync($"COPY {table} FROM STDIN (FORMAT csv, HEADER true)"))
        using (var reader = new StreamReader(file))
        {
            var buffer = new char[1 << 16];
            int n;
            while ((n = await reader.ReadAsync(buffer)) > 0) await writer.WriteAsync(buffer.AsMemory(0, n));
        }
        Console.WriteLine($"  pg COPY {table}: {sw.Elapsed.TotalSeconds:F1} s");
    }
    await Copy("bench_reg", registerCsv);
    await Copy("bench_list", listCsv);
    await Sql("index on ID and birth date", "CREATE INDEX ON bench_reg (personal_id); CREATE INDEX ON bench_reg (birth_date); ANALYZE bench_reg; ANALYZE bench_list;");
    await Sql("join on ID", """
        CREATE UNLOGGED TABLE bench_result AS
        SELECT l.row_id, r.personal_id, 1.0::real AS score FROM bench_list l JOIN bench_reg r ON r.personal_id = l.personal_id
        """);
    await Sql("pg_trgm similarity on names (same birth date) for the rest", """
        INSERT INTO bench_result
        SELECT l.row_id, best.personal_id, best.score FROM bench_list l
        CROSS JOIN LATERAL (
            SELECT r.personal_id, similarity(r.full_name, l.full_name) AS score FROM bench_reg r
            WHERE r.birth_date = l.birth_date AND similarity(r.full_name, l.full_name) > 0.5
            ORDER BY score DESC LIMIT 1) best
        WHERE NOT EXISTS (SELECT 1 FROM bench_result x WHERE x.row_id = l.row_id)
        """);
    var seconds = total.Elapsed.TotalSeconds;
    await Sql("cleanup", "DROP TABLE IF EXISTS bench_reg, bench_list, bench_result");
    return seconds;
}

static IEnumerable<string[]> ReadCsv(string path)
{
    using var reader = new StreamReader(path);
    var csv = new CsvReader(reader);
    csv.ReadRecord();
    while (csv.ReadRecord() is { } r)
        if (r.Length > 0) yield return r;
}

static async Task<(double Seconds, long PeakKb, string Output)> RunTimedAsync(string file, string arguments)
{
    var psi = new ProcessStartInfo("/usr/bin/time", $"-v {file} {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true };
    var sw = Stopwatch.StartNew();
    using var p = Process.Start(psi)!;
    var stdout = p.StandardOutput.ReadToEndAsync();
    var stderr = await p.StandardError.ReadToEndAsync();
    await p.WaitForExitAsync();
    var seconds = sw.Elapsed.TotalSeconds;
    var peak = stderr.Split('\n').Where(l => l.Contains("Maximum resident set size", StringComparison.Ordinal))
        .Select(l => long.Parse(l.Split(':')[1].Trim(), CultureInfo.InvariantCulture)).FirstOrDefault();
    if (p.ExitCode != 0) Console.WriteLine(stderr);
    return (seconds, peak, await stdout);
}
