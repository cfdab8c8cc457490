using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SachSong.App.Indicators;
using SachSong.App.Storage;
using SachSong.Core.Indicators;
using SachSong.Core.Units;
using SachSong.Web.Hosting;
using SachSong.Web.Pages.Reports;

namespace SachSong.Web.Pages.Figures;

/// <summary>Who under a parent unit has not reported a period's figures, when they were due and how late they are.</summary>
[Authorize(Policy = Policies.ViewReports)]
public sealed class MissingModel(IndicatorAccess access, IndicatorReports reports, Database database) : PageModel
{
    /// <summary>Days after the period's end before a report is late (as the command line's default).</summary>
    public const int GraceDays = 5;

    [BindProperty(SupportsGet = true)] public string? Parent { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }

    public AdministrativeUnit? Selected { get; private set; }
    public Period? ParsedPeriod { get; private set; }
    public IReadOnlyList<LateUnit> Late { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Selected = await access.FindAsync(Parent, access.VersionFor(null), cancellationToken);
        if (Selected is null) return NotFound();
        var period = access.PeriodOf(Period);
        if (!period.Success)
        {
            Problem = Ui.T(period.Problem!.Message.Vietnamese, period.Problem.Message.English);
            return Page();
        }
        ParsedPeriod = period.Value;
        var elements = IndicatorAccess.ReportedElements(await IndicatorStore.LoadCatalogueAsync(database, cancellationToken)).Select(e => e.Code).ToList();
        Late = await reports.NotReportedAsync(Selected, period.Value, elements, GraceDays, cancellationToken);
        return Page();
    }
}
