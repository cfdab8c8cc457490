using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Indicators;
using SachSong.Core.Units;

namespace SachSong.App.Indicators;

/// <summary>Reads the catalogue (built-in plus users' additions), targets and stored figures.</summary>
public static class IndicatorStore
{
    public static async Task<IndicatorCatalogue> LoadCatalogueAsync(Database database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext();
        var elements = await db.CustomElements.AsNoTracking().ToListAsync(cancellationToken);
        var indicators = await db.CustomIndicators.AsNoTracking().ToListAsync(cancellationToken);
        return BuiltInIndicators.Catalogue.With(elements.Select(e => e.ToElement()), indicators.Select(i => i.ToIndicator()));
    }

    public static async Task<TargetTable> LoadTargetsAsync(Database database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext();
        var rows = await db.IndicatorTargets.AsNoTracking().ToListAsync(cancellationToken);
        return new TargetTable(rows.Select(r => r.ToTarget()));
    }

    /// <summary>
    /// The stored figures of a period in catalogue version <paramref name="version"/>: figures of units of an older version
    /// roll up into their new units through the stored mappings (a unit split in several is left out and named in
    /// <see cref="VersionedFigures.Unallocated"/>); a new unit's own report of an element wins over rolled-up ones.
    /// </summary>
    public static async Task<VersionedFigures> LoadFiguresAsync(Database database, UnitDirectory units, Period period, string version,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(units);
        await using var db = database.CreateContext();
        var text = period.ToString();
        var rows = await db.Figures.AsNoTracking().Where(f => f.Period == text)
            .Select(f => new { f.CatalogVersion, f.UnitCode, f.ElementCode, f.Value }).ToListAsync(cancellationToken);
        return Convert(rows.Select(r => (r.CatalogVersion, new Figure(r.UnitCode, r.ElementCode, period, r.Value))), units, period, version);
    }

    /// <summary>Brings figures keyed by (catalogue version, unit) into one version, as <see cref="LoadFiguresAsync"/> says.</summary>
    public static VersionedFigures Convert(IEnumerable<(string Version, Figure Figure)> figures, UnitDirectory units, Period period, string version)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(units);
        var list = figures.ToList();
        var direct = list.Where(f => f.Version == version).Select(f => f.Figure).ToList();
        var own = direct.Select(f => (f.UnitCode, f.ElementCode)).ToHashSet();
        var result = new List<Figure>(direct);
        var unallocated = new List<Figure>();
        foreach (var group in list.Where(f => f.Version != version).GroupBy(f => (f.Version, f.Figure.ElementCode)))
        {
            var rollup = new UnitRollup(units.Mappings, group.Key.Version, version);
            var byOld = group.GroupBy(f => f.Figure.UnitCode).ToDictionary(g => g.Key, g => (decimal)g.Sum(f => f.Figure.Value), StringComparer.Ordinal);
            var rolled = rollup.RollUp(byOld);
            foreach (var (code, value) in rolled.ByNewUnit)
                if (!own.Contains((code, group.Key.ElementCode)))
                    result.Add(new Figure(code, group.Key.ElementCode, period, (long)value));
            foreach (var (code, value) in rolled.Unallocated) unallocated.Add(new Figure(code, group.Key.ElementCode, period, (long)value));
        }
        // Rolled-up parts of one new unit arrive as several figures; add them up.
        var merged = result.GroupBy(f => (f.UnitCode, f.ElementCode)).Select(g => new Figure(g.Key.UnitCode, g.Key.ElementCode, period, g.Sum(f => f.Value)));
        return new VersionedFigures(version, new FigureTable(merged), unallocated);
    }
}

/// <summary>Figures of one period in one catalogue version, and those of older units that could not be allocated to a new one.</summary>
public sealed record VersionedFigures(string Version, FigureTable Table, IReadOnlyList<Figure> Unallocated);
