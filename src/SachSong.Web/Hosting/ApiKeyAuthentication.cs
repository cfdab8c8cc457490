using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using SachSong.App.Access;

namespace SachSong.Web.Hosting;

/// <summary>Authenticates system-to-system calls by the <c>X-Api-Key</c> header; the key acts as the account it was issued for.</summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    RootDatabase root, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string KeyNameClaim = "api_key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values)) return AuthenticateResult.NoResult();
        var found = await new ApiKeys(root.Database, clock).VerifyAsync(values.ToString(), Context.RequestAborted);
        if (found is not { } key) return AuthenticateResult.Fail("Khóa API không hợp lệ hoặc đã bị thu hồi.");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, key.UserName), new Claim(KeyNameClaim, key.KeyName)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
