using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Indicators;
using SachSong.App.Storage;
using SachSong.Core.Indicators;
using SachSong.Core.Units;
using SachSong.Core.Units.Geo;
using SachSong.Web.Hosting;
using SachSong.Web.Pages.Reports;

namespace SachSong.Web.Pages;

/// <summary>The dashboard: the built-in indicators for one unit in the user's scope and its children, with targets, trend, risk and a map.</summary>
[Authorize(Policy = Policies.ViewReports)]
public sealed class IndexModel(IndicatorAccess access, IndicatorDashboard dashboard, Database database) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? Version { get; set; }

    public IndicatorDashboard.View? View { get; private set; }
    public IReadOnlyList<AdministrativeUnit> Path { get; private set; } = [];
    public IReadOnlyList<AdministrativeUnit> Roots { get; private set; } = [];
    public SvgMap.Layout? Map { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var version = access.VersionFor(Version);
        var unit = await access.FindAsync(Unit, version, cancellationToken);
        if (unit is null) return NotFound();
        var period = access.PeriodOf(Period);
        if (!period.Success)
        {
            Problem = Ui.T(period.Problem!.Message.Vietnamese, period.Problem.Message.English);
            return Page();
        }
        Roots = await access.RootsAsync(version, cancellationToken);
        Path = await access.PathAsync(unit, cancellationToken);
        View = await dashboard.BuildAsync(unit, period.Value, [.. BuiltInIndicators.Indicators.Select(i => i.Code)], cancellationToken);
        Map = await MapAsync(unit, cancellationToken);
        return Page();
    }

    /// <summary>The children's boundaries in one frame, when at least one child has one.</summary>
    private async Task<SvgMap.Layout?> MapAsync(AdministrativeUnit unit, CancellationToken cancellationToken)
    {
        var units = await access.UnitsAsync(cancellationToken);
        var codes = units.ChildrenOf(unit).Select(c => c.Code).ToList();
        if (codes.Count == 0) return null;
        await using var db = database.CreateContext();
        var rows = await db.UnitGeometries.AsNoTracking().Where(g => g.Version == unit.Version && codes.Contains(g.Code))
            .Select(g => new { g.Code, g.Coordinates }).ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : SvgMap.Fit([.. rows.Select(r => (r.Code, GeoJsonText.Read(r.Coordinates)))]);
    }

    /// <summary>The colour class of a rate on the map: five steps from 0 to the target (or 100%).</summary>
    public static string Bucket(IndicatorResult? result)
    {
        if (result?.ShownPercent is not { } p) return "nodata";
        var top = result.Target is { Percent: > 0 } target ? target.Percent : 100m;
        return "c" + Math.Clamp((int)(p / top * 4), 0, 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
