using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Caching.Memory;
using SachSong.App.Access;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Account;

[EnableRateLimiting(WebSetup.SignInRateLimit)]
public sealed class SignInModel(RootDatabase root, TimeProvider clock, IMemoryCache cache) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Message { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var remote = HttpContext.Connection.RemoteIpAddress?.ToString();
        var result = await new SignIn(root.Database, clock).ExecuteAsync(UserName ?? "", Password ?? "", remote, cancellationToken);
        switch (result)
        {
            case SignInOutcome.Succeeded s:
                cache.Remove(ActorMiddleware.CacheKey(s.User.UserName));
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, s.User.UserName), new Claim("display_name", s.User.DisplayName)],
                    CookieAuthenticationDefaults.AuthenticationScheme);
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInOutcome.LockedOut l:
                Message = Ui.T($"Tài khoản tạm khóa đến {Ui.Time(l.Until)} vì đăng nhập sai nhiều lần.",
                    $"The account is locked until {Ui.Time(l.Until)} after repeated failed sign-ins.");
                break;
            case SignInOutcome.Disabled:
                Message = Ui.T("Tài khoản đã bị vô hiệu hóa.", "The account is disabled.");
                break;
            default:
                Message = Ui.T("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password.");
                break;
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
