using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SachSong.App.Access;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Admin;

[Authorize(Policy = Policies.ViewAudit)]
public sealed class AuditModel(AuditQuery query) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "user")] public new string? User { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Dates are Vietnam's days (UTC+7).
        var from = From?.ToDateTime(TimeOnly.MinValue).AddHours(-7);
        var to = To?.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-7);
        (Entries, Total) = await query.ExecuteAsync(new AuditQuery.Filter(User, Action, Subject, from, to, Math.Max(PageNumber, 1), PageSize), cancellationToken);
    }
}
