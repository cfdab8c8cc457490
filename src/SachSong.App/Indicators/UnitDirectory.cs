using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Units;

namespace SachSong.App.Indicators;

/// <summary>The stored administrative units of every catalogue version and the old→new mappings, for resolving and rolling up.</summary>
public sealed class UnitDirectory
{
    private readonly Dictionary<(string Version, string Code), AdministrativeUnit> _byKey;
    private readonly Dictionary<string, UnitResolver> _resolvers;

    public UnitDirectory(IReadOnlyList<AdministrativeUnit> units, IReadOnlyList<UnitMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(mappings);
        Units = units;
        Mappings = mappings;
        _byKey = units.ToDictionary(u => (u.Version, u.Code));
        _resolvers = units.GroupBy(u => u.Version, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new UnitResolver(g), StringComparer.Ordinal);
    }

    public IReadOnlyList<AdministrativeUnit> Units { get; }
    public IReadOnlyList<UnitMapping> Mappings { get; }

    public static async Task<UnitDirectory> LoadAsync(Database database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext();
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var mappings = await db.UnitMappings.AsNoTracking().ToListAsync(cancellationToken);
        return new UnitDirectory(units.Select(u => u.ToUnit()).ToList(), mappings.Select(m => m.ToMapping()).ToList());
    }

    public AdministrativeUnit? Find(string version, string code) => _byKey.GetValueOrDefault((version, code));

    public IReadOnlyList<AdministrativeUnit> ChildrenOf(AdministrativeUnit parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return Units.Where(u => u.Version == parent.Version && u.ParentCode == parent.Code).ToList();
    }

    /// <summary>
    /// Resolves a unit as typed, first in the catalogue version in force on <paramref name="onDate"/> (the units that
    /// existed when the figure was true), then in the others. Text that matches several units of the version in force is
    /// ambiguous even when another version has only one such unit; when no version has it, an ambiguity found in another
    /// version is reported rather than "not found", so the user sees the candidates.
    /// </summary>
    public UnitResolution Resolve(string? input, DateOnly onDate)
    {
        var preferred = CatalogVersion.InForceOn(onDate).Id;
        UnitResolution? first = null;
        foreach (var version in _resolvers.Keys.OrderBy(v => v == preferred ? 0 : 1).ThenBy(v => v, StringComparer.Ordinal))
        {
            var r = _resolvers[version].Resolve(input);
            if (r is UnitResolution.Found) return r;
            if (r is UnitResolution.Ambiguous && version == preferred) return r;
            if (first is null or UnitResolution.NotFound && r is UnitResolution.Ambiguous) first = r;
            first ??= r;
        }
        return first ?? new UnitResolution.NotFound(input ?? "");
    }
}
