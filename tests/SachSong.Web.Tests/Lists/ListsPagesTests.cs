using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;

namespace SachSong.Web.Tests.Lists;

/// <summary>The lists and cleansing pages from a browser's side: who may open what, upload → mapping → import → match with progress, the worklist loop.</summary>
public sealed partial class ListsPagesTests(WebApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("xem", "/Lists")]
    [InlineData("nganhang", "/Lists")]
    [InlineData("xem", "/Worklist")]
    [InlineData("laodong", "/Worklist")]
    [InlineData("xa", "/Lists/Upload")]
    public async Task Page_RoleWithoutThePermission_IsDenied(string user, string path)
    {
        using var client = await app.SignedInAsync(user, ct: Ct);

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_LabourOffice_SeesTheDemoListAndTheUploadForm()
    {
        using var client = await app.SignedInAsync("laodong", ct: Ct);

        var html = await client.GetStringAsync("/Lists", Ct);

        Assert.Contains("Danh sách đối tượng bảo trợ xã hội (mẫu)", html, StringComparison.Ordinal);
        Assert.Contains("Đối tượng bảo trợ xã hội", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/Lists/Upload\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"restricted\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadMappingImportMatch_ThroughThePages_WithProgress()
    {
        var people = await ListFiles.PeopleAsync(app.Database, "21088", 2, skip: 50);
        // Its own layout (a notes column), so correcting it touches no other test's template.
        var file = ListFiles.Xlsx("Danh sách", [
            ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Mã xã", "Ghi chú thêm của thôn"],
            .. people.Select((p, i) => new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.FullName, p.BirthDate, p.Sex, p.PersonalId, p.CommuneCode, "thôn 1" }),
        ]);
        using var client = await app.SignedInAsync("laodong", ct: Ct);
        var token = await WebApp.AntiforgeryTokenAsync(client, "/Lists/Upload", Ct);

        var uploaded = await client.PostAsync("/Lists/Upload", WithToken(ListFiles.Form(file, "../../trang-chu.xlsx", title: "Trang " + Guid.NewGuid().ToString("N")[..6]), token), Ct);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var mappingUrl = uploaded.Headers.Location!.OriginalString;
        var mapping = await client.GetStringAsync(mappingUrl, Ct);
        var notes = NotesColumn().Match(mapping).Groups[1].Value; // what the notes column is read as now; the correction changes it
        var correct = await client.PostAsync(mappingUrl + "?handler=Correct", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["sheet"] = "Danh sách", ["headerRows"] = "1", ["role_6"] = notes == "other" ? "note" : "other", ["__RequestVerificationToken"] = Token(mapping),
        }), Ct);
        var corrected = await correct.Content.ReadAsStringAsync(Ct);
        var import = await client.PostAsync(mappingUrl + "?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(corrected) }), Ct);
        var jobUrl = import.Headers.Location!.OriginalString;
        var jobPage = await client.GetStringAsync(jobUrl, Ct);
        var done = await PollAsync(client, jobUrl, "Đã nạp danh sách");
        var listId = ListLink().Match(done).Groups[1].Value;

        Assert.Contains("trang-chu.xlsx", mapping, StringComparison.Ordinal);
        Assert.DoesNotContain("../", mapping, StringComparison.Ordinal);
        Assert.Contains("Họ và tên", mapping, StringComparison.Ordinal);
        Assert.Contains("<option value=\"full_name\" selected=\"selected\">", mapping, StringComparison.Ordinal);
        Assert.Contains("Đã lưu cách đọc cột", corrected, StringComparison.Ordinal);
        Assert.Contains("<progress", jobPage, StringComparison.Ordinal);
        // A two-row import may finish before the first look: then the page is the finished one, which no longer polls.
        Assert.True(jobPage.Contains("hx-trigger=\"every 500ms\"", StringComparison.Ordinal) || jobPage.Contains("class=\"job done\"", StringComparison.Ordinal), jobPage);
        Assert.DoesNotContain("hx-trigger", done, StringComparison.Ordinal);
        Assert.Contains("2 người", done, StringComparison.Ordinal);

        var details = await client.GetStringAsync($"/Lists/{listId}", Ct);
        var match = await client.PostAsync($"/Lists/{listId}?handler=Match", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(details) }), Ct);
        var matched = await PollAsync(client, match.Headers.Location!.OriginalString, "Đợt 1");
        var after = await client.GetStringAsync($"/Lists/{listId}", Ct);
        using var other = await app.SignedInAsync("huyen", ct: Ct);
        var foreignJob = await other.GetAsync(jobUrl, Ct);

        Assert.Contains("Kết quả theo xã", details, StringComparison.Ordinal);
        Assert.Contains("2 trùng khớp", matched, StringComparison.Ordinal);
        Assert.Contains("100,00%", after, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Lists/{listId}?handler=Export\"", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreignJob.StatusCode);
    }

    [Fact]
    public async Task Upload_WrongFileType_Is400WithAMessage()
    {
        using var client = await app.SignedInAsync("laodong", ct: Ct);
        var token = await WebApp.AntiforgeryTokenAsync(client, "/Lists/Upload", Ct);

        var response = await client.PostAsync("/Lists/Upload", WithToken(ListFiles.Form("x"u8.ToArray(), "virus.exe"), token), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("chỉ nhận .xlsx, .xls hoặc .csv", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPage_ShowsImportProblemsOfTheLastVersion()
    {
        var people = await ListFiles.PeopleAsync(app.Database, "21088", 1);
        using var client = await app.SignedInAsync("laodong", ct: Ct);
        var imported = await ListFiles.ImportAsync(client, ListFiles.Csv(ListFiles.Row("P1", people[0]), "P2,,,1950,Nam,21088"), "co-loi.csv", ct: Ct);

        var html = await client.GetStringAsync($"/Lists/{imported.ListId}", Ct);

        Assert.Contains("Dòng bị từ chối (1)", html, StringComparison.Ordinal);
        Assert.Contains("<td>co-loi.csv</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>full_name</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worklist_CommuneOfficer_CorrectsARow_AndItLeavesTheWorklistAfterResubmission()
    {
        var (listId, person, _) = await ListFiles.UnmatchedListAsync(app, Ct);
        using var huyen = await app.SignedInAsync("huyen", ct: Ct);
        var rows = (await huyen.GetFromJsonAsync<List<ListFiles.WorklistItem>>($"/api/lists/{listId}/worklist", Ct))!;
        var ours = rows.Single(r => r.Values.CommuneCode == "21088" && r.Values.FullName == "Không Rõ Tên");
        var theirs = rows.Single(r => r.Values.CommuneCode != "21088");
        using var xa = await app.SignedInAsync("xa", ct: Ct);

        var index = await xa.GetStringAsync("/Worklist", Ct);
        var page = await xa.GetStringAsync($"/Worklist/{listId}", Ct);
        var foreign = await xa.PostAsync($"/Worklist/{listId}?handler=Correct", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["entryId"] = theirs.EntryId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["fullName"] = "Ai Đó", ["__RequestVerificationToken"] = Token(page),
        }), Ct);
        var corrected = await xa.PostAsync($"/Worklist/{listId}?handler=Correct", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["entryId"] = ours.EntryId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["commune"] = "21088", ["fullName"] = person.FullName,
            ["personalId"] = person.PersonalId, ["birthDate"] = person.BirthDate, ["sex"] = person.Sex, ["note"] = "đối chiếu sổ hộ khẩu",
            ["__RequestVerificationToken"] = Token(page),
        }), Ct);
        var huyenPage = await huyen.GetStringAsync($"/Worklist/{listId}?commune=21088", Ct);
        var resubmit = await huyen.PostAsync($"/Lists/{listId}?handler=Match", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["returnUrl"] = $"/Worklist/{listId}?commune=21088", ["__RequestVerificationToken"] = Token(huyenPage),
        }), Ct);
        var job = await PollAsync(huyen, resubmit.Headers.Location!.OriginalString, "Đợt 2");
        var after = await xa.GetStringAsync($"/Worklist/{listId}", Ct);

        Assert.Contains($"href=\"/Worklist/{listId}?commune=21088\"", index, StringComparison.Ordinal);
        Assert.Contains($"id=\"entry-{ours.EntryId}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"entry-{theirs.EntryId}\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"diff\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(person.PersonalId, page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Match", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Contains("done=correct", corrected.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Gửi đối sánh lại", huyenPage, StringComparison.Ordinal);
        Assert.Contains("Quay lại danh sách làm sạch", job, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"entry-{ours.EntryId}\"", after, StringComparison.Ordinal);
        await using var db = app.Database.CreateContext();
        Assert.True(await db.AuditLog.AnyAsync(a => a.UserName == "xa" && a.Action == AuditActions.Correct && a.Subject == $"list_entry:{ours.EntryId}", Ct));
        Assert.True(await db.AuditLog.AnyAsync(a => a.UserName == "xa" && a.Action == AuditActions.View && a.Subject == $"list:{listId}", Ct));
    }

    [Fact]
    public async Task ListPage_ExportLinkOnlyForWhoseScopeCoversTheList_AndDownloadIsAudited()
    {
        var (listId, _, _) = await ListFiles.UnmatchedListAsync(app, Ct);
        using var xa = await app.SignedInAsync("xa", ct: Ct);
        using var huyen = await app.SignedInAsync("huyen", ct: Ct);

        var xaPage = await xa.GetStringAsync($"/Lists/{listId}", Ct);
        var xaExport = await xa.GetAsync($"/Lists/{listId}?handler=Export", Ct);
        var download = await huyen.GetAsync($"/Lists/{listId}?handler=Export", Ct);

        Assert.DoesNotContain("handler=Export", xaPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, xaExport.StatusCode);
        download.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType!.MediaType);
        await using var db = app.Database.CreateContext();
        Assert.True(await db.AuditLog.AnyAsync(a => a.UserName == "huyen" && a.Action == AuditActions.Export && a.Subject == $"list:{listId}", Ct));
    }

    private static MultipartFormDataContent WithToken(MultipartFormDataContent form, string token)
    {
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return form;
    }

    private static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Polls the job's status fragment as htmx does until it says <paramref name="expected"/>.</summary>
    private static async Task<string> PollAsync(HttpClient client, string jobUrl, string expected)
    {
        var status = jobUrl + "?handler=Status";
        for (var i = 0; i < 900; i++)
        {
            var html = await client.GetStringAsync(status, Ct);
            if (!html.Contains("hx-trigger", StringComparison.Ordinal))
            {
                Assert.Contains(expected, html, StringComparison.Ordinal);
                return html;
            }
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException("the job did not finish");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"role_6\".*?<option value=\"([a-z_:]+)\" selected=\"selected\">", RegexOptions.Singleline)]
    private static partial Regex NotesColumn();

    [GeneratedRegex("href=\"/Lists/(\\d+)\"")]
    private static partial Regex ListLink();
}
