using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Units;
using SachSong.Core.Units.Geo;

namespace SachSong.App.Units;

/// <summary>
/// Stores unit boundaries from a GeoJSON or dvhcvn GIS file: each feature matched to a unit of one catalogue version by its code,
/// else by its name (<see cref="UnitResolver"/>), simplified (<see cref="GeoSimplifier"/>) and saved, replacing an earlier boundary.
/// </summary>
public sealed class ImportUnitGeometry(Database database, TimeProvider clock)
{
    public abstract record Outcome
    {
        private Outcome() { }

        /// <param name="Format">The file's format: "geojson" or "dvhcvn".</param>
        /// <param name="Version">The catalogue version the units were matched in.</param>
        /// <param name="Matched">Units stored, as "code name".</param>
        /// <param name="NotMatched">Features no unit matched, with why.</param>
        /// <param name="PointsRead">Points in the file's matched features.</param>
        /// <param name="PointsStored">Points kept after simplifying.</param>
        /// <param name="BytesStored">Size of the stored coordinates.</param>
        /// <param name="Elapsed">How long reading, matching and saving took.</param>
        public sealed record Stored(string Format, string Version, IReadOnlyList<string> Matched, IReadOnlyList<string> NotMatched,
            int PointsRead, int PointsStored, long BytesStored, TimeSpan Elapsed) : Outcome;

        public sealed record Failed(string Message) : Outcome;
    }

    /// <param name="path">The file.</param>
    /// <param name="version">The catalogue version to match in; null for the file's own: dvhcvn's 2020 tree → the three-tier catalogue, other files → the catalogue in force today.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<Outcome> ExecuteAsync(string path, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var watch = Stopwatch.StartNew();
        GeoFile.Content content;
        try
        {
            await using var stream = File.OpenRead(path);
            content = GeoFile.Read(stream);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return new Outcome.Failed($"{Path.GetFileName(path)}: {e.Message}");
        }
        var chosen = version ?? (content.Format == "dvhcvn"
            ? CatalogVersion.ThreeTier.Id
            : CatalogVersion.InForceOn(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).Id);

        await using var db = database.CreateContext();
        var units = (await db.Units.AsNoTracking().Where(u => u.Version == chosen).ToListAsync(cancellationToken)).Select(u => u.ToUnit()).ToList();
        if (units.Count == 0) return new Outcome.Failed($"Không có đơn vị nào trong phiên bản danh mục '{chosen}'");
        var byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var resolver = new UnitResolver(units);
        var existing = await db.UnitGeometries.Where(g => g.Version == chosen).ToDictionaryAsync(g => g.Code, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var source = Path.GetFileName(path);
        var matched = new List<string>();
        var notMatched = new List<string>(content.Skipped);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int read = 0, stored = 0;
        long bytes = 0;
        foreach (var feature in content.Features)
        {
            var unit = Match(feature, byCode, resolver, out var why);
            if (unit is null)
            {
                notMatched.Add($"{feature.Name ?? "?"} ({feature.Code ?? "không mã"}): {why}");
                continue;
            }
            if (!seen.Add(unit.Code))
            {
                notMatched.Add($"{feature.Name ?? "?"} ({feature.Code ?? "không mã"}): {unit.Code} đã có ranh giới ở một đối tượng trước trong tệp");
                continue;
            }
            var simple = GeoSimplifier.Simplify(feature);
            if (!existing.TryGetValue(unit.Code, out var row)) db.UnitGeometries.Add(row = new UnitGeometry(chosen, unit.Code));
            row.Replace(simple, source, now);
            read += feature.PointCount;
            stored += simple.PointCount;
            bytes += row.Coordinates.Length;
            matched.Add($"{unit.Code} {unit.Name}");
        }
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Stored(content.Format, chosen, matched, notMatched, read, stored, bytes, watch.Elapsed);
    }

    private static AdministrativeUnit? Match(GeoFeature feature, Dictionary<string, AdministrativeUnit> byCode, UnitResolver resolver, out string why)
    {
        why = "";
        if (feature.Code is { } code)
        {
            // Files write codes as numbers too (51, 524): compare them padded as GSO codes are.
            foreach (var candidate in new[] { code, code.PadLeft(2, '0'), code.PadLeft(3, '0'), code.PadLeft(5, '0') })
                if (byCode.TryGetValue(candidate, out var unit)) return unit;
        }
        if (feature.Name is { } name)
        {
            var resolved = resolver.Resolve(name);
            if (resolved is UnitResolution.Found found) return found.Unit;
            why = resolved.ToString()!;
            return null;
        }
        why = "không có mã và tên khớp";
        return null;
    }
}
