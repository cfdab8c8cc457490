using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SachSong.App.Access;
using SachSong.App.Storage;
using SachSong.Web.Hosting;

[assembly: AssemblyFixture(typeof(SachSong.Web.Tests.WebApp))]

namespace SachSong.Web.Tests;

/// <summary>
/// The web app on a fresh SQLite database in its own data folder, with a small demo district (first run as a user would have it),
/// shared by the assembly's tests. Tests make their own rows (lists, accounts) and never count global rows.
/// </summary>
public sealed partial class WebApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int DemoPeople = 3000;

    private readonly string? _database;
    private readonly (string Key, string Value)[] _settings;

    public WebApp() : this(null) { }

    /// <summary>An app of a test's own: another database (a PostgreSQL connection string) and settings over the defaults. Call <see cref="InitializeAsync"/>.</summary>
    internal WebApp(string? database, params (string Key, string Value)[] settings)
    {
        _database = database;
        _settings = settings;
    }

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "sachsong-web-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The demo accounts' passwords, read from the data folder as the first run wrote them.</summary>
    public IReadOnlyDictionary<string, string> Passwords { get; private set; } = new Dictionary<string, string>();

    /// <summary>The unscoped database, for arranging and checking rows.</summary>
    public Database Database => Services.GetRequiredService<RootDatabase>().Database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("SACHSONG_DATA", DataFolder);
        builder.UseSetting(WebSettings.DatabaseKey, _database ?? Path.Combine(DataFolder, "sachsong.db"));
        builder.UseSetting(WebSettings.DemoPeopleKey, DemoPeople.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting(WebSetup.SignInPerMinuteKey, "100000");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.UseEnvironment("Production");
    }

    public async ValueTask InitializeAsync()
    {
        // Starting the host runs the first run (migrations, units, demo district, demo accounts).
        _ = Server;
        var lines = await File.ReadAllLinesAsync(Path.Combine(DataFolder, DemoAccounts.FileName));
        Passwords = lines.Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1]);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s to the sign-in page.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the sign-in form as the demo account <paramref name="user"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string user, string? password = null, CancellationToken ct = default)
    {
        var client = Anonymous();
        var response = await SignInAsync(client, user, password ?? Passwords[user], ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts the sign-in form (with its antiforgery token) and returns the response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password, CancellationToken ct = default)
    {
        var token = await AntiforgeryTokenAsync(client, "/Account/SignIn", ct);
        return await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = user, ["password"] = password, ["__RequestVerificationToken"] = token,
        }), ct);
    }

    /// <summary>The antiforgery token of the first form on <paramref name="page"/>.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page, CancellationToken ct = default)
    {
        var html = await client.GetStringAsync(page, ct);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    // An override, not an interface method, so `await using` on an app of a test's own deletes its folder too.
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataFolder, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
