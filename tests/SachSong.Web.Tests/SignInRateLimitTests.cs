using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SachSong.Web.Hosting;

namespace SachSong.Web.Tests;

/// <summary>Sign-in attempts are limited per client address and minute; past the limit the form answers 429 without checking the password.</summary>
public sealed class SignInRateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimitInAMinute_Is429_EvenWithTheRightPassword()
    {
        var folder = Directory.CreateTempSubdirectory("sachsong-web-ratelimit-").FullName;
        try
        {
            await using var app = new Factory(folder);
            using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            var password = (await File.ReadAllLinesAsync(Path.Combine(folder, App.Access.DemoAccounts.FileName), Ct))
                .Select(l => l.Split('\t')).Single(p => p[0] == "xem")[1];

            var wrong = new List<HttpStatusCode>();
            for (var i = 0; i < 3; i++) wrong.Add((await WebApp.SignInAsync(client, "xem", "sai-mat-khau", Ct)).StatusCode);
            var fourth = await WebApp.SignInAsync(client, "xem", password, Ct);
            var form = await client.GetAsync("/Account/SignIn", Ct);

            Assert.All(wrong, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
            Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, true);
        }
    }

    private sealed class Factory(string folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("SACHSONG_DATA", folder);
            builder.UseSetting(WebSettings.DatabaseKey, Path.Combine(folder, "sachsong.db"));
            builder.UseSetting(WebSettings.DemoEnabledKey, "false");
            builder.UseSetting(WebSetup.SignInPerMinuteKey, "3");
            builder.UseEnvironment("Production");
        }
    }
}
