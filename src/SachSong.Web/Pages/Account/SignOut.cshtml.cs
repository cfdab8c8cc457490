using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SachSong.App.Access;
using SachSong.App.Storage;

namespace SachSong.Web.Pages.Account;

public sealed class SignOutModel(Database database, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await using (var db = database.CreateContext())
        {
            db.Audit(AuditActions.SignOut, $"user:{db.Actor?.UserName}", null, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/Account/SignIn");
    }
}
