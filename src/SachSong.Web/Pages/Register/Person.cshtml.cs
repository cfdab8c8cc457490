using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SachSong.App.Register;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Register;

[Authorize(Policy = Policies.ViewRegister)]
public sealed class PersonModel(CitizenCard cards) : PageModel
{
    public CitizenCard.Card? Card { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Card = await cards.ExecuteAsync(id, cancellationToken);
        return Card is null ? NotFound() : Page();
    }
}
