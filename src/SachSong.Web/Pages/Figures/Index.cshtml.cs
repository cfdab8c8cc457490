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

/// <summary>The data-entry form: the reported elements of one unit of the user's and one period, checked as an import checks them.</summary>
[Authorize(Policy = Policies.EnterFigures)]
public sealed class IndexModel(IndicatorAccess access, EnterFigures enter, Database database, CurrentActor current) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty] public Dictionary<string, string?> Values { get; set; } = [];

    public AdministrativeUnit? Selected { get; private set; }
    public Period? ParsedPeriod { get; private set; }
    public IReadOnlyList<AdministrativeUnit> Choices { get; private set; } = [];
    public IReadOnlyList<DataElement> Elements { get; private set; } = [];
    public IReadOnlyDictionary<string, FigureRecord> Stored { get; private set; } = new Dictionary<string, FigureRecord>();
    public List<(string Element, string Message)> Problems { get; } = [];
    public string? Saved { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(cancellationToken);
        if (Selected is null || ParsedPeriod is null) return loaded;
        var reported = Elements.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var typed = Values.Where(v => reported.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        switch (await enter.ExecuteAsync(Selected, ParsedPeriod.Value, typed, current.Actor.UserName, cancellationToken))
        {
            case EnterFigures.Outcome.Stored s:
                Saved = T($"Đã lưu: {N(s.Added)} mới, {N(s.Changed)} thay đổi, {N(s.Unchanged)} không đổi.", $"Saved: {N(s.Added)} new, {N(s.Changed)} changed, {N(s.Unchanged)} unchanged.");
                Values = [];
                Stored = await enter.CurrentAsync(Selected, ParsedPeriod.Value, cancellationToken);
                break;
            case EnterFigures.Outcome.Rejected r:
                Problems.AddRange(r.Problems.Select(p => (p.ElementCode, T(p.Message.Vietnamese, p.Message.English))));
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }
        return Page();
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var version = access.VersionFor(null);
        Selected = await access.FindAsync(Unit, version, cancellationToken);
        if (Selected is null) return NotFound();
        var units = await access.UnitsAsync(cancellationToken);
        var roots = await access.RootsAsync(version, cancellationToken);
        var all = new List<AdministrativeUnit>();
        var stack = new Stack<AdministrativeUnit>(roots.Reverse());
        while (stack.Count > 0 && all.Count < 2000)
        {
            var u = stack.Pop();
            all.Add(u);
            foreach (var c in units.ChildrenOf(u).OrderByDescending(c => c.Code, StringComparer.Ordinal)) stack.Push(c);
        }
        Choices = all;
        Elements = IndicatorAccess.ReportedElements(await IndicatorStore.LoadCatalogueAsync(database, cancellationToken));
        var period = access.PeriodOf(Period);
        if (!period.Success)
        {
            Problems.Add(("", T(period.Problem!.Message.Vietnamese, period.Problem.Message.English)));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        ParsedPeriod = period.Value;
        Stored = await enter.CurrentAsync(Selected, period.Value, cancellationToken);
        return Page();
    }

    private static string T(string vi, string en) => Ui.T(vi, en);
    private static string N(long n) => Ui.N(n);
}
