using Microsoft.Playwright;

namespace SachSong.Web.Tests.EndToEnd;

/// <summary>The VI/EN links in the header switch the page's language and keep the user where they were.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageFlowTests(BrowserApp app)
{
    [Fact]
    public async Task LanguageLinks_SwitchThePageToEnglishAndBack()
    {
        await using var browser = await app.OpenAsync("language");
        await browser.SignInAsync("huyen");
        await browser.GotoAsync("/Register");
        await Assertions.Expect(browser.Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");

        await browser.Page.ClickAsync("header .lang a:text-is('EN')");

        await Assertions.Expect(browser.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Equal("/Register", new Uri(browser.Page.Url).AbsolutePath);
        await Assertions.Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Register search");
        await Assertions.Expect(browser.Page.Locator("header .user button")).ToHaveTextAsync("Sign out");
        await browser.ScreenshotAsync("english");

        await browser.Page.ClickAsync("header .lang a:text-is('VI')");

        await Assertions.Expect(browser.Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Assertions.Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Tra cứu dân cư");
        await browser.ScreenshotAsync("vietnamese");
    }
}
