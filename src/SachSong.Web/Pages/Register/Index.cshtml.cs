using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SachSong.App.Register;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Register;

[Authorize(Policy = Policies.ViewRegister)]
public sealed class IndexModel(CitizenSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public CitizenSearch.Result? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Q)) Result = await search.ExecuteAsync(Q, cancellationToken);
    }
}
