using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using SachSong.Web.Tests.Lists;

namespace SachSong.Web.Tests.EndToEnd;

/// <summary>
/// The list work in the browser: the labour office uploads a workbook, checks the detected columns, imports and matches it with the
/// progress shown; a commune officer fixes a row of their commune and, once the district resubmits it, the district's rate moves.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ListFlowTests(BrowserApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LabourOffice_UploadsAWorkbook_ChecksTheColumns_ImportsAndSeesItMatched()
    {
        var people = await ListFiles.PeopleAsync(app.Database, "21088", 3, skip: 100);
        var workbook = ListFiles.Xlsx("Danh sách", [
            ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Mã xã"],
            .. people.Select((p, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), p.FullName, p.BirthDate, p.Sex, p.PersonalId, p.CommuneCode }),
        ]);
        var title = "Hộ nghèo thôn 3 " + Guid.NewGuid().ToString("N")[..6];
        await using var browser = await app.OpenAsync("list-upload");
        await browser.SignInAsync("laodong");
        await browser.GotoAsync("/Lists/Upload");

        await browser.Page.SetInputFilesAsync("input[name=file]", new FilePayload
        {
            Name = "ho-ngheo-thon-3.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook,
        });
        await browser.Page.FillAsync("input[name=unit]", "Huyện Bình Sơn");
        await browser.Page.FillAsync("input[name=title]", title);
        await browser.ScreenshotAsync("form");
        await browser.Page.ClickAsync("form[action='/Lists/Upload'] button[type=submit]");

        await browser.Page.WaitForURLAsync("**/Lists/Mapping/**");
        await Assertions.Expect(browser.Page.Locator("table.mapping-table select[name=role_1]")).ToHaveValueAsync("full_name");
        await Assertions.Expect(browser.Page.Locator("table.mapping-table select[name=role_4]")).ToHaveValueAsync("personal_id");
        await Assertions.Expect(browser.Page.Locator("table.mapping-table tbody")).ToContainTextAsync(people[0].FullName);
        await browser.ScreenshotAsync("mapping");
        await browser.Page.ClickAsync("form[action*='handler=Import'] button");

        await browser.Page.WaitForURLAsync("**/Lists/Job/**");
        await Assertions.Expect(browser.Page.Locator("#job.done")).ToContainTextAsync("3 người", new() { Timeout = 60_000 });
        await Assertions.Expect(browser.Page.Locator("#job progress")).ToHaveAttributeAsync("value", "100");
        await browser.ScreenshotAsync("imported");
        await browser.Page.ClickAsync("#job a.button.primary");

        await browser.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Lists/\d+$"));
        var listUrl = new Uri(browser.Page.Url).AbsolutePath;
        await Assertions.Expect(browser.Page.Locator("h1")).ToContainTextAsync(title);
        await browser.Page.ClickAsync("form[action*='handler=Match'] button");
        await browser.Page.WaitForURLAsync("**/Lists/Job/**");
        await Assertions.Expect(browser.Page.Locator("#job.done")).ToContainTextAsync("Đợt 1", new() { Timeout = 60_000 });
        await Assertions.Expect(browser.Page.Locator("#job.done")).ToContainTextAsync("3 trùng khớp");
        await browser.ScreenshotAsync("matched");

        await browser.GotoAsync(listUrl);
        await Assertions.Expect(browser.Page.Locator("table.by-commune tbody tr")).ToContainTextAsync("Xã Bình Long");
        await Assertions.Expect(browser.Page.Locator("table.by-commune [data-rate=total]")).ToHaveTextAsync("100,00%");
        await Assertions.Expect(browser.Page.Locator($"a[href='{listUrl}?handler=Export']")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("results");
    }

    [Fact]
    public async Task CommuneOfficer_FixesARow_AndAfterResubmissionTheDistrictRateMoves()
    {
        // A district list of four people of Xã Bình Long, one of them under their own ID but with a wrong name and birth year.
        var people = await ListFiles.PeopleAsync(app.Database, "21088", 4, skip: 20);
        var wrong = people[3];
        var listId = await ImportAndMatchAsync(ListFiles.Csv(
            ListFiles.Row("C1", people[0]), ListFiles.Row("C2", people[1]), ListFiles.Row("C3", people[2]),
            $"C4,{wrong.PersonalId},Tên Ghi Sai,1902,{wrong.Sex},21088"));
        var listUrl = $"/Lists/{listId}";
        var rate = "table.by-commune [data-rate=total]";

        await using var district = await app.OpenAsync("cleansing-district");
        await district.SignInAsync("huyen");
        await district.GotoAsync(listUrl);
        await Assertions.Expect(district.Page.Locator(rate)).ToHaveTextAsync("75,00%");
        await district.ScreenshotAsync("before");

        await using (var commune = await app.OpenAsync("cleansing-commune"))
        {
            await commune.SignInAsync("xa");
            await commune.GotoAsync("/Worklist");
            await commune.Page.ClickAsync($"a[href='/Worklist/{listId}?commune=21088']");
            var row = commune.Page.Locator("section.worklist-row").Filter(new() { HasText = "Tên Ghi Sai" });
            var candidate = row.Locator("tr.candidate").First;
            await Assertions.Expect(candidate.Locator("td.diff").First).ToBeVisibleAsync(); // the differing fields are highlighted
            await commune.ScreenshotAsync("worklist");
            await row.Locator("form.correct input[name=fullName]").FillAsync(wrong.FullName);
            await row.Locator("form.correct input[name=birthDate]").FillAsync(wrong.BirthDate);
            await row.Locator("form.correct input[name=note]").FillAsync("đối chiếu sổ hộ khẩu");
            await row.Locator("form.correct button[type=submit]").ClickAsync();
            await Assertions.Expect(commune.Page.Locator("p.alert.ok")).ToBeVisibleAsync();
            await commune.ScreenshotAsync("corrected");
        }

        await district.GotoAsync($"/Worklist/{listId}?commune=21088");
        await district.Page.ClickAsync($"form[action='/Lists/{listId}?handler=Match'] button");
        await district.Page.WaitForURLAsync("**/Lists/Job/**");
        await Assertions.Expect(district.Page.Locator("#job.done")).ToContainTextAsync("Đợt 2", new() { Timeout = 60_000 });
        await district.GotoAsync(listUrl);
        await Assertions.Expect(district.Page.Locator(rate)).ToHaveTextAsync("100,00%");
        await district.ScreenshotAsync("after");
    }

    /// <summary>Imports as the labour office and matches as the district, through the API, as the arrangement of a flow.</summary>
    private async Task<long> ImportAndMatchAsync(byte[] csv)
    {
        using var laodong = await SignedInAsync("laodong");
        var imported = await ListFiles.ImportAsync(laodong, csv, "lam-sach.csv", ct: Ct);
        using var huyen = await SignedInAsync("huyen");
        var matched = await ListFiles.MatchAsync(huyen, imported.ListId, Ct);
        Assert.Equal(3, matched.Matched);
        return imported.ListId;
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.BaseAddress };
        var response = await WebApp.SignInAsync(client, user, app.Passwords[user], Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
