using System.Globalization;
using SachSong.App.Indicators;
using SachSong.App.Storage;
using SachSong.Core.Indicators;
using SachSong.Core.Units;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Reports;

/// <summary>
/// Which units the signed-in user may see figures of: their scope units and everything below, in their scope's catalogue version
/// (a province administrator with the whole province: its provinces, in the three-tier catalogue unless asked for another).
/// Figures are aggregates, but a unit outside the scope is treated as not existing (404).
/// </summary>
public sealed class IndicatorAccess(Database database, CurrentActor current, TimeProvider clock)
{
    private UnitDirectory? _units;

    /// <summary>The catalogue version the user works in.</summary>
    public string VersionFor(string? requested) =>
        current.Actor.Scope.All
            ? (requested is { Length: > 0 } && CatalogVersion.BuiltIn.Any(v => v.Id == requested) ? requested : CatalogVersion.ThreeTier.Id)
            : current.Actor.Scope.PrimaryVersion;

    public async Task<UnitDirectory> UnitsAsync(CancellationToken cancellationToken) =>
        _units ??= await UnitDirectory.LoadAsync(database, cancellationToken);

    /// <summary>The user's top units: where the dashboard starts.</summary>
    public async Task<IReadOnlyList<AdministrativeUnit>> RootsAsync(string version, CancellationToken cancellationToken)
    {
        var units = await UnitsAsync(cancellationToken);
        var scope = current.Actor.Scope;
        return scope.All
            ? [.. units.Units.Where(u => u.Version == version && u.ParentCode is null).OrderBy(u => u.Code, StringComparer.Ordinal)]
            : [.. scope.Roots.Select(c => units.Find(version, c)).OfType<AdministrativeUnit>()];
    }

    /// <summary>The unit, or the first root when no code is given; null when it does not exist or lies outside the user's units.</summary>
    public async Task<AdministrativeUnit?> FindAsync(string? code, string version, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            var roots = await RootsAsync(version, cancellationToken);
            return roots.Count > 0 ? roots[0] : null;
        }
        var units = await UnitsAsync(cancellationToken);
        var unit = units.Find(version, code.Trim());
        return unit is not null && current.Actor.Scope.Owns(version, unit.Code) ? unit : null;
    }

    /// <summary>The units from the user's root down to <paramref name="unit"/>, for the breadcrumb.</summary>
    public async Task<IReadOnlyList<AdministrativeUnit>> PathAsync(AdministrativeUnit unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var units = await UnitsAsync(cancellationToken);
        var path = new List<AdministrativeUnit>();
        for (var u = unit; u is not null && current.Actor.Scope.Owns(u.Version, u.Code); u = u.ParentCode is null ? null : units.Find(u.Version, u.ParentCode))
            path.Insert(0, u);
        return path;
    }

    /// <summary>The period typed, or the current year.</summary>
    public InputResult<Period> PeriodOf(string? text) =>
        string.IsNullOrWhiteSpace(text) ? InputResult<Period>.Ok(Period.OfYear(clock.GetLocalNow().Year)) : Period.Parse(text);

    /// <summary>The data elements people report (the register does not count them), in catalogue order.</summary>
    public static IReadOnlyList<DataElement> ReportedElements(IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var counted = RegisterCounts.Elements.ToHashSet(StringComparer.Ordinal);
        return [.. catalogue.Elements.Where(e => !counted.Contains(e.Code))];
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
