using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using SachSong.App.Register;
using SachSong.App.Storage;
using SachSong.App.Units;
using SachSong.Core.Register;
using SachSong.Core.Synthetic;
using SachSong.Core.Text;
using SachSong.Core.Units;

// Register import benchmark: generates N synthetic people to a register CSV, then times `register import` of that file
// into a fresh SQLite database and, when a PostgreSQL server is given, into a fresh PostgreSQL database (binary COPY).
// Usage: dotnet run -c Release --project bench/SachSong.Bench -- [--people 1000000] [--postgres "Host=…;Username=…;Password=…"]
var people = 1_000_000;
string? postgres = Environment.GetEnvironmentVariable("SACHSONG_TEST_POSTGRES");
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--people") people = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    if (args[i] == "--postgres") postgres = args[i + 1];
}

var work = Directory.CreateTempSubdirectory("sachsong-bench-").FullName;
var csv = Path.Combine(work, "register.csv");
var sw = Stopwatch.StartNew();
var district = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = people, Seed = 1 });
Console.WriteLine($"generate {people:N0} people: {sw.Elapsed.TotalSeconds:F1} s");
sw.Restart();
await using (var writer = new StreamWriter(csv, false, new UTF8Encoding(false), 1 << 16))
{
    var w = new CsvWriter(writer);
    w.WriteRecord([.. RegisterFormat.RequiredHeaders]);
    foreach (var c in district.Citizens) w.WriteRecord(RegisterFormat.ToCells(c, RegisterFormat.ContractColumns));
}
Console.WriteLine($"write CSV ({new FileInfo(csv).Length / 1_048_576.0:F0} MB): {sw.Elapsed.TotalSeconds:F1} s");
{
    // The database side alone: already-valid records straight into a fresh SQLite file.
    var writeOnly = new Database(DatabaseSettings.Resolve(Path.Combine(work, "write-only.db"), n => n == DatabaseSettings.DataVariable ? work : null));
    await writeOnly.MigrateAsync(CancellationToken.None);
    var timer = Stopwatch.StartNew();
    var n = await new ImportRegister(writeOnly, TimeProvider.System).WriteRecordsAsync(district.Citizens, CatalogVersion.ThreeTier.Id, null, CancellationToken.None);
    Console.WriteLine($"SQLite write of valid records (no file) {n:N0} rows: {timer.Elapsed.TotalSeconds:F1} s, {n / timer.Elapsed.TotalSeconds:N0} rows/s");
}
district = null;
GC.Collect();

await Measure("SQLite", DatabaseSettings.Resolve(null, n => n == DatabaseSettings.DataVariable ? work : null));
if (!string.IsNullOrWhiteSpace(postgres))
{
    var name = "sachsong_bench_" + Guid.NewGuid().ToString("N")[..12];
    await using (var admin = new NpgsqlConnection(postgres))
    {
        await admin.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE {name}", admin).ExecuteNonQueryAsync();
    }
    var cs = new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString;
    try
    {
        await Measure("PostgreSQL", new DatabaseSettings(work, DatabaseProvider.Postgres, cs));
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(postgres);
        await admin.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE {name} WITH (FORCE)", admin).ExecuteNonQueryAsync();
    }
}
Directory.Delete(work, true);

async Task Measure(string label, DatabaseSettings settings)
{
    var database = new Database(settings);
    await database.MigrateAsync(CancellationToken.None);
    await new ImportUnits(database).LoadBuiltInAsync(CancellationToken.None);
    var import = new ImportRegister(database, TimeProvider.System);
    foreach (var pass in new[] { "insert", "update" })
    {
        var timer = Stopwatch.StartNew();
        var result = await import.ExecuteAsync(csv, CatalogVersion.ThreeTier.Id, acceptValidRows: false, null, CancellationToken.None);
        timer.Stop();
        var rows = result is RegisterImportResult.Completed c ? c.RowsRead : throw new InvalidOperationException(result.ToString());
        Console.WriteLine($"{label} import ({pass}) {rows:N0} rows: {timer.Elapsed.TotalSeconds:F1} s, {rows / timer.Elapsed.TotalSeconds:N0} rows/s");
    }
}
