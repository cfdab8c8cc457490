using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;
using SachSong.App.Lists;

namespace SachSong.Web.Tests.Lists;

/// <summary>The lists API by role and scope: import with its rejected rows, matching, worklists, corrections, export; each test makes its own list.</summary>
public sealed class ListsApiTests(WebApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("xem")]
    [InlineData("nganhang")]
    public async Task Lists_RolesWithoutListAccess_Get403(string user)
    {
        using var client = await app.SignedInAsync(user, ct: Ct);

        var list = await client.GetAsync("/api/lists", Ct);
        var upload = await client.PostAsync("/api/lists", ListFiles.Form(ListFiles.Csv(), "x.csv"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
    }

    [Fact]
    public async Task Lists_Anonymous_Gets401()
    {
        using var client = app.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/lists", Ct)).StatusCode);
    }

    [Fact]
    public async Task Import_CommuneOfficer_IsForbidden_AndMatchToo()
    {
        using var laodong = await app.SignedInAsync("laodong", ct: Ct);
        var people = await ListFiles.PeopleAsync(app.Database, "21088", 1);
        var imported = await ListFiles.ImportAsync(laodong, ListFiles.Csv(ListFiles.Row("A1", people[0])), "xa-cam.csv", ct: Ct);
        using var xa = await app.SignedInAsync("xa", ct: Ct);

        var upload = await xa.PostAsync("/api/lists", ListFiles.Form(ListFiles.Csv(), "x.csv"), Ct);
        var match = await xa.PostAsync($"/api/lists/{imported.ListId}/match", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, match.StatusCode);
    }

    [Fact]
    public async Task Import_RealXlsx_ImportsAndMatchesByCommune()
    {
        var people = await ListFiles.PeopleAsync(app.Database, "21088", 3);
        var file = ListFiles.Xlsx("Bình Long", [
            ["DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI", null, null, null, null, null],
            [null, null, null, null, null, null],
            ["STT", "Số định danh cá nhân", "Họ và tên", "Ngày sinh", "Giới tính", "Mã xã"],
            .. people.Select((p, i) => new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.PersonalId, p.FullName, p.BirthDate, p.Sex, p.CommuneCode }),
        ]);
        using var client = await app.SignedInAsync("laodong", ct: Ct);

        var imported = await ListFiles.ImportAsync(client, file, "binh-long.xlsx", ct: Ct);
        var matched = await ListFiles.MatchAsync(client, imported.ListId, Ct);
        var summary = await client.GetFromJsonAsync<ListFiles.ListSummary>($"/api/lists/{imported.ListId}", Ct);

        Assert.Equal((3, 0), (imported.Imported, imported.Rejected.Count));
        Assert.Equal((1, 3, 3), (matched.Round, matched.Rows, matched.Matched));
        Assert.Equal(3, Assert.Single(summary!.Communes, c => c.CommuneCode == "21088").Matched);
    }

    [Fact]
    public async Task Import_MalformedRow_IsRejectedNamingFileRowAndColumn()
    {
        var people = await ListFiles.PeopleAsync(app.Database, "21088", 2);
        // A row with a birth date and a sex but neither name nor ID is someone the file forgot to name.
        var csv = ListFiles.Csv(ListFiles.Row("B1", people[0]), $"B2,,,{people[1].BirthDate},{people[1].Sex},21088");
        using var client = await app.SignedInAsync("laodong", ct: Ct);

        var imported = await ListFiles.ImportAsync(client, csv, "loi-dong.csv", ct: Ct);

        var problem = Assert.Single(imported.Rejected);
        Assert.Equal(("loi-dong.csv", 3, "full_name"), (problem.File, problem.Row, problem.Column));
        Assert.Contains("họ tên", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, imported.Imported);
    }

    [Fact]
    public async Task Import_UnreadableFile_Is400WithAMessageNamingTheFile()
    {
        using var client = await app.SignedInAsync("laodong", ct: Ct);

        var response = await client.PostAsync("/api/lists", ListFiles.Form("đây không phải bảng tính"u8.ToArray(), "hong.xlsx"), Ct);
        var wrongType = await client.PostAsync("/api/lists", ListFiles.Form("x"u8.ToArray(), "ghi-chu.txt.exe"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("hong.xlsx", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
    }

    [Fact]
    public async Task RestrictedList_IsInvisibleToOthers_ButNotToItsOwner()
    {
        var people = await ListFiles.PeopleAsync(app.Database, "21088", 1);
        using var laodong = await app.SignedInAsync("laodong", ct: Ct);
        var imported = await ListFiles.ImportAsync(laodong, ListFiles.Csv(ListFiles.Row("R1", people[0])), "nhay-cam.csv", restricted: true, ct: Ct);
        using var congan = await app.SignedInAsync("congan", ct: Ct);

        var owner = await laodong.GetFromJsonAsync<List<ListFiles.ListItem>>("/api/lists", Ct);
        var others = await congan.GetFromJsonAsync<List<ListFiles.ListItem>>("/api/lists", Ct);
        var summary = await congan.GetAsync($"/api/lists/{imported.ListId}", Ct);
        var page = await congan.GetAsync($"/Lists/{imported.ListId}", Ct);
        var export = await congan.GetAsync($"/api/lists/{imported.ListId}/export", Ct);

        Assert.True(Assert.Single(owner!, l => l.Id == imported.ListId).Restricted);
        Assert.DoesNotContain(others!, l => l.Id == imported.ListId);
        Assert.Equal(HttpStatusCode.NotFound, summary.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
    }

    [Fact]
    public async Task Worklist_CommuneOfficer_SeesOnlyTheirCommune_And404ForAnotherCommunesEntry()
    {
        var (listId, _, _) = await ListFiles.UnmatchedListAsync(app, Ct);
        using var xa = await app.SignedInAsync("xa", ct: Ct);
        using var huyen = await app.SignedInAsync("huyen", ct: Ct);

        var mine = await xa.GetFromJsonAsync<List<ListFiles.WorklistItem>>($"/api/lists/{listId}/worklist", Ct);
        var all = await huyen.GetFromJsonAsync<List<ListFiles.WorklistItem>>($"/api/lists/{listId}/worklist", Ct);
        var other = all!.Single(r => r.Values.CommuneCode != "21088");
        var otherCommune = await xa.GetAsync($"/api/lists/{listId}/worklist?commune={other.Values.CommuneCode}", Ct);
        var correction = await xa.PostAsJsonAsync($"/api/lists/entries/{other.EntryId}/correction", new { fullName = "Ai Đó" }, Ct);
        var decision = await xa.PostAsJsonAsync($"/api/lists/entries/{other.EntryId}/decision", new { notInRegister = true }, Ct);

        Assert.NotEmpty(mine!);
        Assert.All(mine!, r => Assert.Equal("21088", r.Values.CommuneCode));
        Assert.Equal(HttpStatusCode.NotFound, otherCommune.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, correction.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, decision.StatusCode);
    }

    [Fact]
    public async Task Correction_ByApi_IsAuditedAndTheRowLeavesTheWorklistAfterRematching()
    {
        var (listId, person, _) = await ListFiles.UnmatchedListAsync(app, Ct);
        using var xa = await app.SignedInAsync("xa", ct: Ct);
        var row = (await xa.GetFromJsonAsync<List<ListFiles.WorklistItem>>($"/api/lists/{listId}/worklist?commune=21088", Ct))!
            .Single(r => r.Values.FullName == "Không Rõ Tên");

        var corrected = await xa.PostAsJsonAsync($"/api/lists/entries/{row.EntryId}/correction",
            new { personalId = person.PersonalId, fullName = person.FullName, birthDate = person.BirthDate, note = "đã đối chiếu" }, Ct);
        using var huyen = await app.SignedInAsync("huyen", ct: Ct);
        var round = await ListFiles.MatchAsync(huyen, listId, Ct);
        var after = await xa.GetFromJsonAsync<List<ListFiles.WorklistItem>>($"/api/lists/{listId}/worklist?commune=21088", Ct);

        corrected.EnsureSuccessStatusCode();
        Assert.Equal((2, 1), (round.Round, round.Rematched));
        Assert.DoesNotContain(after!, r => r.EntryId == row.EntryId);
        await using var db = app.Database.CreateContext();
        Assert.True(await db.AuditLog.AnyAsync(a => a.UserName == "xa" && a.Action == AuditActions.Correct && a.Subject == $"list_entry:{row.EntryId}", Ct));
    }

    [Fact]
    public async Task Worklist_MasksIdsForTheCommuneOfficer()
    {
        var (listId, _, _) = await ListFiles.UnmatchedListAsync(app, Ct);
        using var xa = await app.SignedInAsync("xa", ct: Ct);

        var rows = await xa.GetFromJsonAsync<List<ListFiles.WorklistItem>>($"/api/lists/{listId}/worklist", Ct);

        Assert.All(rows!.SelectMany(r => r.Candidates), c => Assert.Contains("xx…xx", c.PersonalId, StringComparison.Ordinal));
        Assert.All(rows!, r => Assert.Contains("xx…xx", r.Values.PersonalId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decision_OnARowNotInReview_IsRefusedWith400()
    {
        var (listId, _, _) = await ListFiles.UnmatchedListAsync(app, Ct);
        using var xa = await app.SignedInAsync("xa", ct: Ct);
        var row = (await xa.GetFromJsonAsync<List<ListFiles.WorklistItem>>($"/api/lists/{listId}/worklist", Ct))!.First(r => r.Status == "unmatched");

        var response = await xa.PostAsJsonAsync($"/api/lists/entries/{row.EntryId}/decision", new { notInRegister = true }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cần xem xét", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_CarriesResultColumnsAndTheExporter_AndIsAudited()
    {
        var (listId, _, _) = await ListFiles.UnmatchedListAsync(app, Ct);
        using var laodong = await app.SignedInAsync("laodong", ct: Ct);

        var response = await laodong.GetAsync($"/api/lists/{listId}/export", Ct);
        response.EnsureSuccessStatusCode();
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var book = SpreadsheetDocument.Open(stream, false);
        var texts = Sheets(book);

        Assert.Equal("laodong", book.PackageProperties.Creator);
        Assert.Contains(ExportListWorkbook.AddedHeaders[0], texts.Values.SelectMany(s => s));
        Assert.Contains(texts["Tổng hợp theo xã"], t => t.StartsWith("Xuất bởi laodong lúc ", StringComparison.Ordinal));
        Assert.Contains(texts.Values.SelectMany(s => s), t => t == "Chưa trùng khớp");
        await using var db = app.Database.CreateContext();
        Assert.True(await db.AuditLog.AnyAsync(a => a.UserName == "laodong" && a.Action == AuditActions.Export && a.Subject == $"list:{listId}", Ct));
    }

    [Fact]
    public async Task Export_CommuneOfficerOfADistrictList_Is404()
    {
        var (listId, _, _) = await ListFiles.UnmatchedListAsync(app, Ct);
        using var xa = await app.SignedInAsync("xa", ct: Ct);

        var response = await xa.GetAsync($"/api/lists/{listId}/export", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static Dictionary<string, List<string>> Sheets(SpreadsheetDocument book)
    {
        var part = book.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return part.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s =>
            ((WorksheetPart)part.GetPartById(s.Id!)).Worksheet.Descendants<Cell>().Select(c =>
                c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                : c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToList());
    }
}
