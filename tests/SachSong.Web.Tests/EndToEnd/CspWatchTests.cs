namespace SachSong.Web.Tests.EndToEnd;

/// <summary>The CSP watch every flow relies on does see a violation: an inline script, which our policy forbids.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CspWatchTests(BrowserApp app)
{
    [Fact]
    public async Task InlineScript_IsBlockedAndReported()
    {
        await using var browser = await app.OpenAsync("csp-watch");
        await browser.GotoAsync("/Account/SignIn");

        var ran = await browser.Page.EvaluateAsync<bool>(
            "() => { window.__inline = false; const s = document.createElement('script'); s.textContent = 'window.__inline = true'; document.body.appendChild(s); return window.__inline; }");
        await browser.Page.WaitForTimeoutAsync(200);

        Assert.False(ran);
        Assert.Contains(browser.TakeCspViolations(), v => v.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
