using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Indicators;
using SachSong.App.Storage;
using SachSong.App.Units;
using SachSong.Core.Indicators;
using SachSong.Core.Text;

// Figures benchmark (issue 4 §4): the national commune catalogue (10,047 communes before 1/7/2025) is loaded, then a
// figures file with one row per commune and data element is imported into a fresh SQLite database — best of 5 runs,
// each into a database that already holds the previous run's values (so every run updates every value and writes history).
// Usage: dotnet run -c Release --project bench/SachSong.Bench.Figures -- [--units ../shared/data/admin-units/pre2025/dvhcvn_v20250301/dvhcvn.json]
//        [--elements 1] [--runs 5]
var unitsFile = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "shared", "data", "admin-units", "pre2025", "dvhcvn_v20250301", "dvhcvn.json"));
var elementCount = 1;
var runs = 5;
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--units") unitsFile = args[i + 1];
    if (args[i] == "--elements") elementCount = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    if (args[i] == "--runs") runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
}
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1_073_741_824.0:F1} GB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
var work = Directory.CreateTempSubdirectory("sachsong-figures-bench-").FullName;
var database = new Database(DatabaseSettings.Resolve(Path.Combine(work, "bench.db"), n => n == DatabaseSettings.DataVariable ? work : null));
await database.MigrateAsync(CancellationToken.None);
var importer = new ImportUnits(database);
await importer.LoadBuiltInAsync(CancellationToken.None);
var loaded = await importer.ImportFileAsync(unitsFile, CancellationToken.None);
Console.WriteLine($"units: {loaded}");
List<string> communes;
await using (var db = database.CreateContext())
    communes = await db.Units.Where(u => u.Version == "2025-03" && u.Level == SachSong.Core.Units.UnitLevel.Commune).Select(u => u.Code).ToListAsync();

// Elements in whole-before-part order so every file passes the part-of checks.
string[] elements = [BuiltInIndicators.Elements[0].Code, .. BuiltInIndicators.Elements.Skip(1).Take(elementCount - 1).Select(e => e.Code)];
var best = double.MaxValue;
for (var run = 0; run <= runs; run++)
{
    var file = Path.Combine(work, $"figures-{run}.csv");
    await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
    {
        var csv = new CsvWriter(writer);
        csv.WriteRecord("unit", "data_element", "period", "value");
        foreach (var code in communes)
            foreach (var e in elements)
                csv.WriteRecord(code, e, "2024Q4", (1000 + run).ToString(CultureInfo.InvariantCulture));
    }
    var sw = Stopwatch.StartNew();
    var result = await new ImportFigures(database, TimeProvider.System).ExecuteAsync(file, "bench", CancellationToken.None);
    var seconds = sw.Elapsed.TotalSeconds;
    if (run > 0) best = Math.Min(best, seconds); // run 0 warms up (and is the all-inserts case)
    Console.WriteLine($"run {run}: {result} in {seconds:F3} s");
}
Console.WriteLine($"figures import, {communes.Count:N0} units × {elements.Length} element(s) = {communes.Count * elements.Length:N0} rows, SQLite: best {best:F3} s");
