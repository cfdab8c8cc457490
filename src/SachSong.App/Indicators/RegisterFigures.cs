using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Indicators;
using SachSong.Core.Text;
using SachSong.Core.Units;

namespace SachSong.App.Indicators;

/// <summary>
/// Computes the data elements the population register knows (children and their cards, ID cards, level-2 e-IDs,
/// working-age people; see <see cref="RegisterCounter"/>) per commune as of a date, and rolls them up to districts and
/// provinces and from the old catalogue's communes into the new one's.
/// </summary>
public sealed class RegisterFigures(Database database, TimeProvider clock)
{
    public RegisterFigures(Database database) : this(database, TimeProvider.System) { }

    /// <summary>
    /// The register as a counting snapshot: one streaming query that reads only the counted columns of every citizen,
    /// row by row into column arrays (about 25 bytes a person).
    /// </summary>
    public async Task<RegisterSnapshot> LoadSnapshotAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = db.Citizens.AsNoTracking().Select(c => new
        {
            c.CatalogVersion,
            c.CommuneCode,
            c.BirthYear,
            c.BirthMonth,
            c.BirthDay,
            c.Sex,
            c.IsDeceased,
            c.DeathDate,
            c.IdCardType,
            c.IdCardIssuedOn,
            c.EidLevel,
            c.EidAuthenticatedOn,
            c.EidActivatedOn,
        });
        var builder = new RegisterSnapshotBuilder(1 << 16);
        await foreach (var c in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            builder.Add(c.CatalogVersion, c.CommuneCode, new CountedPerson
            {
                BirthDate = new PartialDate(c.BirthYear, c.BirthMonth, c.BirthDay),
                Sex = c.Sex,
                IsDeceased = c.IsDeceased,
                DeathDate = c.DeathDate,
                IdCardType = c.IdCardType,
                IdCardIssuedOn = c.IdCardIssuedOn,
                EidLevel = c.EidLevel,
                EidAuthenticatedOn = c.EidAuthenticatedOn,
                EidActivatedOn = c.EidActivatedOn,
            });
        }
        return builder.Build();
    }

    /// <summary>The date figures for <paramref name="period"/> are counted on by default: its last day, or today while it has not ended.</summary>
    public DateOnly DefaultAsOf(Period period)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return today < period.End ? today : period.End;
    }

    /// <summary>Loads the register and computes its figures for <paramref name="period"/>.</summary>
    /// <param name="period">The period the figures are for.</param>
    /// <param name="asOf">The date to count on; by default <see cref="DefaultAsOf"/>.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<RegisterFigureSet> ComputeAsync(Period period, DateOnly? asOf, CancellationToken cancellationToken) =>
        await ComputeAsync(await LoadSnapshotAsync(cancellationToken), period, asOf, cancellationToken);

    /// <summary>
    /// Computes the figures of a loaded snapshot for <paramref name="period"/> (load once, count for several periods or
    /// dates), with the units and old→new mappings of the database.
    /// </summary>
    /// <param name="snapshot">The register, from <see cref="LoadSnapshotAsync"/>.</param>
    /// <param name="period">The period the figures are for.</param>
    /// <param name="asOf">The date to count on; by default <see cref="DefaultAsOf"/>.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<RegisterFigureSet> ComputeAsync(RegisterSnapshot snapshot, Period period, DateOnly? asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var counts = RegisterCounter.Count(snapshot, asOf ?? DefaultAsOf(period));
        await using var db = database.CreateContext();
        var units = (await db.Units.AsNoTracking()
                .Select(u => new { u.Version, u.Code, u.Level, u.ParentCode })
                .ToListAsync(cancellationToken))
            .Select(u => (u.Version, u.Code, u.Level, u.ParentCode)).ToList();
        var mappings = (await db.UnitMappings.AsNoTracking().ToListAsync(cancellationToken)).Select(m => m.ToMapping()).ToList();
        return Build(counts, period, units, mappings);
    }

    /// <summary>Groups the counts per version, carries old communes into new ones, and rolls communes up to their parents.</summary>
    internal static RegisterFigureSet Build(RegisterCounts counts, Period period,
        IReadOnlyList<(string Version, string Code, UnitLevel Level, string? ParentCode)> units, IReadOnlyList<UnitMapping> mappings)
    {
        var versions = counts.CatalogVersions;
        var counted = versions.ToDictionary(v => v, v => new FigureTable(counts.ToFigures(period, v)), StringComparer.Ordinal);

        // Commune-level sums per version: the version's own counts, then whatever older versions carry into it.
        var communeSums = versions.ToDictionary(v => v, v => counted[v].Figures.ToDictionary(f => (f.UnitCode, f.ElementCode), f => f.Value),
            StringComparer.Ordinal);
        var unallocated = new List<RegisterFigureSet.UnallocatedCommune>();
        var pairs = mappings.Select(m => (Old: m.OldVersion, New: m.NewVersion)).Distinct()
            .Where(p => p.Old != p.New && counted.ContainsKey(p.Old))
            .OrderBy(p => p.Old, StringComparer.Ordinal).ThenBy(p => p.New, StringComparer.Ordinal);
        foreach (var (oldVersion, newVersion) in pairs)
        {
            var links = mappings.Where(m => m.OldVersion == oldVersion && m.NewVersion == newVersion).ToList();
            var everyLink = new UnitRollup(links, oldVersion, newVersion);
            // Only an old commune that went wholly into exactly one new commune is carried; any split or partial link
            // leaves it without target, so UnitRollup reports it unallocated (no weights are given, nothing is guessed).
            var whole = links.GroupBy(m => m.OldCode, StringComparer.Ordinal)
                .Where(g => g.All(m => m.Kind == MergeKind.Full) && g.Select(m => m.NewCode).Distinct(StringComparer.Ordinal).Count() == 1)
                .Select(g => g.First());
            var rollup = new UnitRollup(whole, oldVersion, newVersion);
            var oldCommunes = counts.Communes.Where(c => c.CatalogVersion == oldVersion).ToList();
            var into = communeSums.TryGetValue(newVersion, out var sums) ? sums : communeSums[newVersion] = [];
            var left = new SortedDictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
            foreach (var element in RegisterCounts.Elements)
            {
                var result = rollup.RollUp(oldCommunes.ToDictionary(c => c.Code, c => (decimal)counts.Get(c, element), StringComparer.Ordinal));
                foreach (var (code, value) in result.ByNewUnit)
                    into[(code, element)] = checked(into.GetValueOrDefault((code, element)) + decimal.ToInt64(value));
                foreach (var (code, value) in result.Unallocated)
                {
                    if (!left.TryGetValue(code, out var values)) left[code] = values = new Dictionary<string, long>(StringComparer.Ordinal);
                    values[element] = decimal.ToInt64(value);
                }
            }
            unallocated.AddRange(left.Select(kv => new RegisterFigureSet.UnallocatedCommune(oldVersion, kv.Key, newVersion, everyLink.TargetsOf(kv.Key), kv.Value)));
        }

        var tables = new SortedDictionary<string, FigureTable>(StringComparer.Ordinal);
        var unknown = new List<RegisterCommune>();
        foreach (var (version, sums) in communeSums.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var table = new FigureTable(sums.Select(kv => new Figure(kv.Key.UnitCode, kv.Key.ElementCode, period, kv.Value)));
            var ofVersion = units.Where(u => u.Version == version).ToList();
            var known = ofVersion.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
            unknown.AddRange(sums.Keys.Select(k => k.UnitCode).Distinct(StringComparer.Ordinal).Where(c => !known.Contains(c))
                .Order(StringComparer.Ordinal).Select(c => new RegisterCommune(version, c)));
            var children = ofVersion.Where(u => u.ParentCode is not null)
                .ToLookup(u => u.ParentCode!, u => u.Code, StringComparer.Ordinal);
            // Lowest tier first, so that a province adds up districts already summed from their communes.
            foreach (var level in ofVersion.Where(u => u.Level != UnitLevel.Commune).Select(u => u.Level).Distinct().OrderDescending())
            {
                var parents = ofVersion.Where(u => u.Level == level).Select(u => u.Code).Order(StringComparer.Ordinal);
                table = table.With(parents.SelectMany(p => table.RollUp(p, children[p], period)).ToList());
            }
            tables[version] = table;
        }

        return new RegisterFigureSet
        {
            Period = period,
            AsOf = counts.AsOf,
            Counted = counted,
            Units = tables,
            Unallocated = unallocated,
            UnknownCommunes = unknown,
        };
    }
}
