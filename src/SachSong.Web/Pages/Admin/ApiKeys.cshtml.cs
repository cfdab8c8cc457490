using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SachSong.App.Access;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Admin;

[Authorize(Policy = Policies.ManageUsers)]
public sealed class ApiKeysModel(ApiKeys keys) : PageModel
{
    public IReadOnlyList<ApiKeyRecord> Keys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Keys = await keys.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        await keys.RevokeAsync(id, cancellationToken);
        return RedirectToPage();
    }
}
