using Microsoft.Playwright;

namespace SachSong.Web.Tests.EndToEnd;

/// <summary>On a phone (390×844) the menu folds behind the ☰ button, which opens it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserApp app)
{
    [Fact]
    public async Task Phone_MenuButton_OpensTheMenu()
    {
        await using var browser = await app.OpenAsync("phone-menu", 390, 844);
        await browser.SignInAsync("huyen");
        var menu = browser.Page.Locator("nav.menu");
        await Assertions.Expect(menu).ToBeHiddenAsync();
        await browser.ScreenshotAsync("closed");

        await browser.Page.ClickAsync("label[for=menu-toggle]");

        await Assertions.Expect(menu).ToBeVisibleAsync();
        await Assertions.Expect(menu.Locator("a[href='/Register']")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("open");
    }
}
