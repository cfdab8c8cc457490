using Microsoft.Playwright;

namespace SachSong.Web.Tests.EndToEnd;

/// <summary>The audit log in the browser shows the views a flow has just made.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditFlowTests(BrowserApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Admin_AuditLog_ShowsThePoliceViewOfACardJustMade()
    {
        var person = await Someone.PickAsync(app, 1, Ct);
        await using (var police = await app.OpenAsync("audit-view"))
        {
            await police.SignInAsync("congan");
            await police.GotoAsync($"/Register/Person/{person.Id}");
            await Assertions.Expect(police.Page.Locator("h1")).ToContainTextAsync(person.FullName);
        }
        await using var browser = await app.OpenAsync("audit");
        await browser.SignInAsync("admin");
        await browser.GotoAsync("/Admin/Audit");

        await browser.Page.FillAsync("form.filters input[name=user]", "congan");
        await browser.Page.FillAsync("form.filters input[name=subject]", person.PersonalId);
        await browser.Page.ClickAsync("form.filters button[type=submit]");

        var row = browser.Page.Locator("#audit tbody tr").Filter(new LocatorFilterOptions { HasText = "citizen:" + person.PersonalId });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("congan");
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("Xem");
        await browser.ScreenshotAsync("log");
    }
}
