using System.Globalization;
using Microsoft.Playwright;

namespace SachSong.Web.Tests.EndToEnd;

/// <summary>
/// One flow in the browser: a fresh context (own cookies) and page, helpers for what every flow does (sign in, go to a page,
/// take a numbered full-page screenshot), and a watch on the console for content security policy violations, which fail the flow.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    // Reports violations from inside the page too (Playwright's init scripts are not subject to the page's CSP).
    private const string ViolationReporter =
        "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));";

    private readonly BrowserApp _app;
    private readonly IBrowserContext _context;
    private readonly string _flow;
    private readonly List<string> _cspViolations = [];
    private readonly List<string> _pageErrors = [];
    private int _step;

    private BrowserSession(BrowserApp app, IBrowserContext context, IPage page, string flow)
    {
        _app = app;
        _context = context;
        _flow = flow;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                lock (_cspViolations) _cspViolations.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => { lock (_pageErrors) _pageErrors.Add($"{page.Url}: {error}"); };
    }

    public IPage Page { get; }

    internal static async Task<BrowserSession> StartAsync(BrowserApp app, IBrowserContext context, string flow)
    {
        // Ceilings, not waits: in CI two test assemblies, PostgreSQL and Chromium share two cores, and a page can take seconds.
        context.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        await context.AddInitScriptAsync(ViolationReporter);
        return new BrowserSession(app, context, await context.NewPageAsync(), flow);
    }

    /// <summary>Opens <paramref name="path"/> (relative to the app) and checks that it answered 200.</summary>
    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Status: 200 }, $"GET {path} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
    }

    /// <summary>Fills and submits the sign-in form, without waiting for where it leads.</summary>
    public async Task SubmitSignInAsync(string user, string password)
    {
        await GotoAsync("/Account/SignIn");
        await Page.FillAsync("input[name=userName]", user);
        await Page.FillAsync("input[name=password]", password);
        await Page.ClickAsync("section.signin button[type=submit]");
    }

    /// <summary>Signs in as the demo account <paramref name="user"/> with the password the first run printed, and waits to leave the sign-in page.</summary>
    public async Task SignInAsync(string user)
    {
        await SubmitSignInAsync(user, _app.Passwords[user]);
        await Page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase));
        await Assertions.Expect(Page.Locator("header .user")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Saves a full-page PNG as <c>artifacts/e2e-screenshots/{flow}-{nn}-{step}.png</c> and checks that nothing so far broke the
    /// content security policy or threw in the page. Returns the file's path.
    /// </summary>
    public async Task<string> ScreenshotAsync(string step)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var file = Path.Combine(BrowserApp.ScreenshotFolder,
            string.Create(CultureInfo.InvariantCulture, $"{_flow}-{++_step:00}-{step}.png"));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        AssertClean();
        return file;
    }

    /// <summary>The CSP violations seen since the last call, which are then forgotten (for the test of the watch itself).</summary>
    public IReadOnlyList<string> TakeCspViolations()
    {
        lock (_cspViolations)
        {
            var seen = _cspViolations.ToList();
            _cspViolations.Clear();
            return seen;
        }
    }

    private void AssertClean()
    {
        lock (_cspViolations) Assert.True(_cspViolations.Count == 0, "Content Security Policy violations:\n" + string.Join('\n', _cspViolations));
        lock (_pageErrors) Assert.True(_pageErrors.Count == 0, "Script errors in the page:\n" + string.Join('\n', _pageErrors));
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        AssertClean();
    }
}
