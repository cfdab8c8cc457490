using Microsoft.Playwright;
using SachSong.Core.Access;

namespace SachSong.Web.Tests.EndToEnd;

/// <summary>Register search and a citizen's card in the browser: the police see the whole ID, the district task force a masked one.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegisterFlowTests(BrowserApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Police_SearchByNameWithoutDiacriticsAndYear_OpensTheCardWithTheFullId()
    {
        var person = await Someone.PickAsync(app, 0, Ct);
        await using var browser = await app.OpenAsync("register-police");
        await browser.SignInAsync("congan");
        await browser.GotoAsync("/Register");

        await browser.Page.FillAsync("input[name=q]", person.Query);
        await browser.Page.PressAsync("input[name=q]", "Enter");
        var link = browser.Page.Locator($"table.data a[href='/Register/Person/{person.Id}']");
        await Assertions.Expect(link).ToHaveTextAsync(person.FullName);
        await browser.ScreenshotAsync("search");
        await link.ClickAsync();

        await browser.Page.WaitForURLAsync($"**/Register/Person/{person.Id}");
        await Assertions.Expect(browser.Page.Locator("h1")).ToContainTextAsync(person.FullName);
        await Assertions.Expect(browser.Page.Locator("dl.facts dd.mono").First).ToHaveTextAsync(person.PersonalId);
        await browser.ScreenshotAsync("card");
    }

    [Fact]
    public async Task DistrictTaskForce_SameCard_ShowsTheMaskedId()
    {
        var person = await Someone.PickAsync(app, 0, Ct);
        await using var browser = await app.OpenAsync("register-district");
        await browser.SignInAsync("huyen");

        await browser.GotoAsync($"/Register/Person/{person.Id}");

        var shown = browser.Page.Locator("dl.facts dd.mono").First;
        await Assertions.Expect(shown).ToHaveTextAsync(PersonalIdMask.Mask(person.PersonalId));
        Assert.Matches(@"^0xx…xx\d{4}$", await shown.TextContentAsync());
        Assert.DoesNotContain(person.PersonalId, await browser.Page.ContentAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync("card-masked");
    }
}
