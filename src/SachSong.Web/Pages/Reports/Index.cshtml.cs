using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SachSong.App.Indicators;
using SachSong.App.Storage;
using SachSong.Core.Indicators;
using SachSong.Core.Units;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Reports;

/// <summary>The ranked tables (completed first, or the highest and lowest N) on screen, and as .xlsx / .docx downloads.</summary>
[Authorize(Policy = Policies.ViewReports)]
public sealed class IndexModel(IndicatorAccess access, IndicatorReports reports, Database database, CurrentActor current, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string[] Indicator { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? Parent { get; set; }
    [BindProperty(SupportsGet = true)] public bool FromRegister { get; set; }
    [BindProperty(SupportsGet = true)] public int? Top { get; set; }

    public RankingReport? Report { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public AdministrativeUnit? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await BuildAsync(cancellationToken);
        return result ?? Page();
    }

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken) => DownloadAsync("xlsx", cancellationToken);

    public Task<IActionResult> OnGetDocxAsync(CancellationToken cancellationToken) => DownloadAsync("docx", cancellationToken);

    private async Task<IActionResult> DownloadAsync(string format, CancellationToken cancellationToken)
    {
        var result = await BuildAsync(cancellationToken);
        if (result is not null) return result;
        if (Report is null) return BadRequest(string.Join("\n", Problems));
        var (content, name, type) = await ReportExport.WriteAsync(database, current.Actor.UserName, clock, Report, format, Top, cancellationToken);
        return File(content, type, name);
    }

    /// <summary>Null when the page can show (a report or problems); else the result to return (404 outside the user's units).</summary>
    private async Task<IActionResult?> BuildAsync(CancellationToken cancellationToken)
    {
        Selected = await access.FindAsync(Parent, access.VersionFor(null), cancellationToken);
        if (Selected is null) return NotFound();
        if (Indicator.Length == 0) Indicator = [BuiltInIndicators.NoncashPaymentRate];
        var period = access.PeriodOf(Period);
        if (!period.Success)
        {
            Problems = [Ui.T(period.Problem!.Message.Vietnamese, period.Problem.Message.English)];
            return null;
        }
        Period = period.Value.ToString();
        if (Top is < 1)
        {
            Problems = [Ui.T("Số đơn vị cao nhất / thấp nhất phải từ 1 trở lên", "The number of highest / lowest units must be 1 or more")];
            return null;
        }
        var register = FromRegister ? await new RegisterFigures(database, clock).ComputeAsync(period.Value, null, cancellationToken) : null;
        switch (await reports.BuildAsync(Indicator, period.Value, Selected, cancellationToken, register))
        {
            case IndicatorReports.Outcome.Built b:
                Report = b.Report;
                break;
            case IndicatorReports.Outcome.Rejected r:
                Problems = r.Problems;
                break;
        }
        return null;
    }

    /// <summary>The same query, for the download links.</summary>
    public string Query(string handler) =>
        $"?handler={handler}&parent={Uri.EscapeDataString(Selected?.Code ?? "")}&period={Uri.EscapeDataString(Period ?? "")}" +
        string.Concat(Indicator.Select(i => "&indicator=" + Uri.EscapeDataString(i))) + (FromRegister ? "&fromRegister=true" : "") + (Top is { } t ? $"&top={t}" : "");
}
