using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Lists;

/// <summary>A background import or matching round: a progress bar that polls <c>?handler=Status</c>, then the result.</summary>
[Authorize(Policy = Policies.ViewLists)]
public sealed class JobModel(ListJobs jobs, CurrentActor current) : PageModel
{
    public ListJobs.Job? Job { get; private set; }

    public IActionResult OnGet(Guid id)
    {
        Job = jobs.Find(id, current.Actor.UserName);
        return Job is null ? NotFound() : Page();
    }

    /// <summary>The progress fragment htmx swaps in every half second; once the job is done it carries the result and stops polling.</summary>
    public IActionResult OnGetStatus(Guid id)
    {
        Job = jobs.Find(id, current.Actor.UserName);
        return Job is null ? NotFound() : Partial("_Job", Job);
    }
}
