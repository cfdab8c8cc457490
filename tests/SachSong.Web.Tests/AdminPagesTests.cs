using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;
using SachSong.Core.Access;

namespace SachSong.Web.Tests;

/// <summary>Administration through its pages: a scope or role changed by the administrator applies to the user's very next request, and a disabled account is signed out.</summary>
public sealed partial class AdminPagesTests(WebApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ScopeChangedAndAccountDisabled_ApplyToTheUsersNextRequest_AndAreAudited()
    {
        var user = "thu" + Guid.NewGuid().ToString("N")[..6];
        using var admin = await app.SignedInAsync("admin", ct: Ct);
        var created = await PostAsync(admin, "/Admin/Users", new()
        {
            ["userName"] = user, ["displayName"] = "Cán bộ thử", ["role"] = RolePermissions.Code(Role.TaskForceCommune), ["units"] = "21088",
            ["password"] = "mat-khau-du-dai-9",
        });
        long id;
        await using (var db = app.Database.CreateContext()) id = await db.Users.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync(Ct);
        var (inside, outside) = await TwoCitizensAsync("21088");
        using var officer = await app.SignedInAsync(user, "mat-khau-du-dai-9", Ct);

        var before = (await officer.GetAsync($"/api/citizens/{inside}", Ct), await officer.GetAsync($"/api/citizens/{outside.PersonalId}", Ct));
        var moved = await PostAsync(admin, $"/Admin/User/{id}?handler=Update", new()
        {
            ["displayName"] = "Cán bộ thử", ["role"] = RolePermissions.Code(Role.TaskForceCommune), ["units"] = outside.Commune,
        });
        var after = (await officer.GetAsync($"/api/citizens/{inside}", Ct), await officer.GetAsync($"/api/citizens/{outside.PersonalId}", Ct));
        var disabled = await PostAsync(admin, $"/Admin/User/{id}?handler=Update", new()
        {
            ["displayName"] = "Cán bộ thử", ["role"] = RolePermissions.Code(Role.TaskForceCommune), ["units"] = outside.Commune, ["disabled"] = "true",
        });
        var afterDisabled = await officer.GetAsync($"/api/citizens/{outside.PersonalId}", Ct);
        var signIn = await WebApp.SignInAsync(app.Anonymous(), user, "mat-khau-du-dai-9", Ct);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (before.Item1.StatusCode, before.Item2.StatusCode));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (after.Item1.StatusCode, after.Item2.StatusCode));
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterDisabled.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);
        await using var check = app.Database.CreateContext();
        Assert.True(await check.AuditLog.CountAsync(a => a.UserName == "admin" && a.Action == AuditActions.ManageUser && a.Subject.Contains(user), Ct) >= 3);
    }

    /// <summary>Posts a form of <paramref name="page"/> with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page.Split('?')[0], Ct);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        return await client.PostAsync(page, new FormUrlEncodedContent(fields), Ct);
    }

    private async Task<(string Inside, (string PersonalId, string Commune) Outside)> TwoCitizensAsync(string commune)
    {
        await using var db = app.Database.CreateContext();
        var inside = await db.Citizens.Where(c => c.CommuneCode == commune).OrderBy(c => c.Id).Select(c => c.PersonalId).FirstAsync(Ct);
        var outside = await db.Citizens.Where(c => c.CommuneCode != commune).OrderBy(c => c.Id).Select(c => new { c.PersonalId, c.CommuneCode }).FirstAsync(Ct);
        return (inside, (outside.PersonalId, outside.CommuneCode));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
