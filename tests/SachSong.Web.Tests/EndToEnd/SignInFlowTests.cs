using Microsoft.Playwright;

namespace SachSong.Web.Tests.EndToEnd;

/// <summary>Signing in, in a real browser, with the demo accounts the first run printed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInFlowTests(BrowserApp app)
{
    [Fact]
    public async Task SignIn_PrintedDemoAccount_LandsOnTheStartPage()
    {
        await using var browser = await app.OpenAsync("sign-in");

        await browser.GotoAsync("/");
        Assert.Contains("/Account/SignIn", browser.Page.Url, StringComparison.Ordinal);
        await browser.ScreenshotAsync("form");
        await browser.SignInAsync("tinh");

        Assert.Equal("/", new Uri(browser.Page.Url).AbsolutePath);
        await Assertions.Expect(browser.Page.Locator("header .user")).ToContainTextAsync("Tổ công tác tỉnh (mẫu)");
        await Assertions.Expect(browser.Page.Locator("header .user button")).ToHaveTextAsync("Đăng xuất");
        await browser.ScreenshotAsync("start-page");
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsTheVietnameseError()
    {
        await using var browser = await app.OpenAsync("sign-in-wrong-password");

        await browser.SubmitSignInAsync("xem", "khong-phai-mat-khau");

        await Assertions.Expect(browser.Page.Locator("section.signin p.alert.error")).ToHaveTextAsync("Sai tên đăng nhập hoặc mật khẩu.");
        Assert.Contains("/Account/SignIn", browser.Page.Url, StringComparison.Ordinal);
        await browser.ScreenshotAsync("error");
    }
}
