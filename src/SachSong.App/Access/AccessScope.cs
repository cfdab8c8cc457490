using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Units;

namespace SachSong.App.Access;

/// <summary>
/// Where a user may see personal data: the communes under their scope units, in the units' catalogue version and, through the
/// stored old→new mapping, in the other version (codes are reused across versions, so a code alone is never enough).
/// <see cref="AppDbContext"/> applies it to every query of citizens, lists and list rows.
/// </summary>
public sealed class AccessScope
{
    private AccessScope(bool all, IReadOnlyList<string> roots, string primaryVersion, IReadOnlyList<string> primaryCommunes,
        string secondaryVersion, IReadOnlyList<string> secondaryCommunes, IReadOnlyList<string> ownUnits, IReadOnlyList<string> visibleUnits)
    {
        All = all;
        Roots = roots;
        PrimaryVersion = primaryVersion;
        PrimaryCommunes = primaryCommunes;
        SecondaryVersion = secondaryVersion;
        SecondaryCommunes = secondaryCommunes;
        OwnUnits = ownUnits;
        VisibleUnits = visibleUnits;
    }

    /// <summary>No restriction: a province administrator with the whole province, or the command line.</summary>
    public static AccessScope Unrestricted { get; } = new(true, [], "", [], "", [], [], []);

    /// <summary>A scope that sees no personal data at all.</summary>
    public static AccessScope Empty { get; } = new(false, [], "", [], "", [], [], []);

    public bool All { get; }
    /// <summary>The scope units as given to the user (codes in <see cref="PrimaryVersion"/>).</summary>
    public IReadOnlyList<string> Roots { get; }
    public string PrimaryVersion { get; }
    public IReadOnlyList<string> PrimaryCommunes { get; }
    public string SecondaryVersion { get; }
    public IReadOnlyList<string> SecondaryCommunes { get; }
    /// <summary>The scope units and every unit below them (primary version).</summary>
    public IReadOnlyList<string> OwnUnits { get; }
    /// <summary><see cref="OwnUnits"/> and the units above them, whose lists and figures concern the user's communes too.</summary>
    public IReadOnlyList<string> VisibleUnits { get; }

    /// <summary>Names the scope: two users with equal keys see the same rows (for caches shared between them).</summary>
    public string Key => All ? "*" : PrimaryVersion + ":" + string.Join(',', Roots.Order(StringComparer.Ordinal));

    /// <summary>Whether the commune <paramref name="code"/> of catalogue <paramref name="version"/> is in scope.</summary>
    public bool Covers(string version, string? code) =>
        All || (code is not null && ((version == PrimaryVersion && PrimaryCommunes.Contains(code)) || (version == SecondaryVersion && SecondaryCommunes.Contains(code))));

    /// <summary>Whether the unit is one of the user's units or below them.</summary>
    public bool Owns(string version, string code) => All || (version == PrimaryVersion && OwnUnits.Contains(code));

    /// <summary>Resolves a user's scope rows into communes; rows of several versions use the first row's version.</summary>
    public static AccessScope Resolve(IReadOnlyList<UserScopeRow> rows, IReadOnlyList<AdministrativeUnit> units, IReadOnlyList<UnitMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(mappings);
        if (rows.Count == 0) return Empty;
        var version = rows[0].CatalogVersion;
        var inVersion = units.Where(u => u.Version == version).ToList();
        var byCode = inVersion.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var children = inVersion.Where(u => u.ParentCode is not null).ToLookup(u => u.ParentCode!, StringComparer.Ordinal);

        var roots = rows.Where(r => r.CatalogVersion == version).Select(r => r.UnitCode).Distinct(StringComparer.Ordinal).ToList();
        var own = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(roots);
        while (stack.Count > 0)
        {
            var code = stack.Pop();
            if (!own.Add(code)) continue;
            foreach (var child in children[code]) stack.Push(child.Code);
        }
        var visible = new HashSet<string>(own, StringComparer.Ordinal);
        foreach (var root in roots)
            for (var parent = byCode.GetValueOrDefault(root)?.ParentCode; parent is not null; parent = byCode.GetValueOrDefault(parent)?.ParentCode)
                visible.Add(parent);

        var communes = own.Where(c => byCode.TryGetValue(c, out var u) && u.Level == UnitLevel.Commune).Order(StringComparer.Ordinal).ToList();
        var communeSet = communes.ToHashSet(StringComparer.Ordinal);
        // Another version's commune is in scope only when all of it lies inside the scope: an old commune merged into one of ours,
        // or a new commune made only of ours (a commune officer of one old commune does not see the whole merged commune).
        var mapped = mappings.Where(m => m.NewVersion == version && communeSet.Contains(m.NewCode)).Select(m => (NewVersion: m.OldVersion, NewCode: m.OldCode))
            .Concat(mappings.Where(m => m.OldVersion == version).GroupBy(m => (m.NewVersion, m.NewCode))
                .Where(g => g.All(m => communeSet.Contains(m.OldCode))).Select(g => g.Key))
            .ToList();
        var secondaryVersion = mapped.Select(m => m.NewVersion).FirstOrDefault() ?? "";
        var secondary = mapped.Where(m => m.NewVersion == secondaryVersion).Select(m => m.NewCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new AccessScope(false, roots, version, communes, secondaryVersion, secondary,
            [.. own.Order(StringComparer.Ordinal)], [.. visible.Order(StringComparer.Ordinal)]);
    }

    /// <summary>Loads the units and mappings and resolves the rows.</summary>
    public static async Task<AccessScope> LoadAsync(AppDbContext db, IReadOnlyList<UserScopeRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) return Empty;
        var versions = rows.Select(r => r.CatalogVersion).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => versions.Contains(u.Version)).ToListAsync(cancellationToken);
        var mappings = await db.UnitMappings.AsNoTracking().ToListAsync(cancellationToken);
        return Resolve(rows, [.. units.Select(u => u.ToUnit())], [.. mappings.Select(m => m.ToMapping())]);
    }
}
