using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;
using SachSong.App.Access;

namespace SachSong.Web.Hosting;

/// <summary>
/// Turns the signed-in name into the request's <see cref="Actor"/> (role and scope as stored now, cached for a short while), so a
/// changed role or scope takes effect within <see cref="CacheFor"/> and a disabled account is signed out.
/// </summary>
public sealed class ActorMiddleware(RequestDelegate next)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context, CurrentActor current, RootDatabase root, IMemoryCache cache)
    {
        var name = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
        if (name is not null)
        {
            var actor = await cache.GetOrCreateAsync(CacheKey(name), async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = CacheFor;
                return await ActorScopes.ForUserAsync(root.Database, name, null, context.RequestAborted);
            });
            if (actor is null)
            {
                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            }
            else
            {
                var via = context.User.FindFirst(ApiKeyAuthentication.KeyNameClaim)?.Value;
                var remote = context.Connection.RemoteIpAddress?.ToString() ?? "?";
                current.Actor = actor with { Remote = via is null ? remote : $"{remote} (khóa API {via})" };
                current.DisplayName = context.User.FindFirst("display_name")?.Value ?? name;
            }
        }
        await next(context);
    }

    public static string CacheKey(string userName) => "actor:" + userName;
}
