using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SachSong.App.Access;
using SachSong.App.Storage;
using SachSong.Web.Hosting;

namespace SachSong.Web.Tests.EndToEnd;

/// <summary>
/// The web app served by Kestrel on a free loopback port (a real socket, so a real browser can reach it), on a fresh SQLite
/// database in its own data folder with a small demo district, and Debian's Chromium driven headless by Playwright.
/// Playwright never downloads a browser here: it starts <see cref="ChromiumPath"/>.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int DemoPeople = 3000;
    public const string ChromiumPath = "/usr/bin/chromium";

    // Without the background-networking flags Chromium tries Google's hosts at every start and hangs on the closed network.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "sachsong-e2e-" + Guid.NewGuid().ToString("N"));

    /// <summary>Where the app listens, such as <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The demo accounts' passwords, read from the file the first run wrote (what it printed).</summary>
    public IReadOnlyDictionary<string, string> Passwords { get; private set; } = new Dictionary<string, string>();

    /// <summary>Folder of the flows' full-page screenshots: <c>artifacts/e2e-screenshots</c> at the repository root.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "e2e-screenshots");

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingBrowser => File.Exists(ChromiumPath)
        ? null
        : $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium); the end-to-end tests need it.";

    /// <summary>The unscoped database, for picking rows to look at.</summary>
    public Database Database => Services.GetRequiredService<RootDatabase>().Database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("SACHSONG_DATA", DataFolder);
        builder.UseSetting(WebSettings.DatabaseKey, Path.Combine(DataFolder, "sachsong.db"));
        builder.UseSetting(WebSettings.DemoPeopleKey, DemoPeople.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting(WebSetup.SignInPerMinuteKey, "100000");
        // Port 0: the system picks a free port; read back from the server below.
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseEnvironment("Production");
    }

    public async ValueTask InitializeAsync()
    {
        if (MissingBrowser is not null) return; // each test fails or skips with the reason (see OpenAsync)

        UseKestrel();
        StartServer(); // runs the first run: migrations, units, demo district, demo accounts
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        var lines = await File.ReadAllLinesAsync(Path.Combine(DataFolder, DemoAccounts.FileName));
        Passwords = lines.Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>
    /// A fresh browser context (no cookies) with one page, for the flow named <paramref name="flow"/> (the screenshots' prefix).
    /// Without Chromium the test fails when <c>CI=true</c>, and is skipped with the reason otherwise.
    /// </summary>
    public async Task<BrowserSession> OpenAsync(string flow, int width = 1366, int height = 768)
    {
        if (MissingBrowser is { } reason)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail(reason);
            Assert.Skip(reason);
        }
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "vi-VN",
        });
        return await BrowserSession.StartAsync(this, context, flow);
    }

    /// <summary>The folder holding SachSong.slnx, from the test binaries (or, with --artifacts-path elsewhere, from this source file).</summary>
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = start.Length == 0 ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SachSong.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("SachSong.slnx not found above the test binaries or the test sources.");
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        try { Directory.Delete(DataFolder, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
