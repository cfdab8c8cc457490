using System.Net;
using SachSong.Web.Hosting;

namespace SachSong.Web.Tests;

/// <summary>Sign-in attempts are limited per client address and minute; past the limit the form answers 429 without checking the password.</summary>
public sealed class SignInRateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimitInAMinute_Is429_EvenWithTheRightPassword()
    {
        await using var app = new WebApp(null, (WebSettings.DemoEnabledKey, "false"), (WebSetup.SignInPerMinuteKey, "3"));
        await app.InitializeAsync();
        using var client = app.Anonymous();

        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) wrong.Add((await WebApp.SignInAsync(client, "xem", "sai-mat-khau", Ct)).StatusCode);
        var fourth = await WebApp.SignInAsync(client, "xem", app.Passwords["xem"], Ct);
        var form = await client.GetAsync("/Account/SignIn", Ct);

        Assert.All(wrong, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }
}
