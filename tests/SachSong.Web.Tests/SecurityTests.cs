using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;

namespace SachSong.Web.Tests;

/// <summary>The security rules of the web app, each tried from outside: pages and API, by role and by scope.</summary>
public sealed class SecurityTests(WebApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/Register?q=nguyen")]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Audit")]
    public async Task Page_Anonymous_RedirectsToSignIn(string path)
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/me")]
    [InlineData("/api/citizens?q=nguyen")]
    [InlineData("/api/audit")]
    public async Task Api_Anonymous_Is401(string path)
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPassword_Is401AndAudited()
    {
        using var client = app.Anonymous();

        var response = await WebApp.SignInAsync(client, "hoi", "not-the-password", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var db = app.Database.CreateContext();
        Assert.True(await db.AuditLog.AnyAsync(a => a.UserName == "hoi" && a.Action == AuditActions.SignInFailed, Ct));
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        using var admin = await app.SignedInAsync("admin", ct: Ct);
        await CreateUserAsync(admin, "lockme", "viewer", "524", "dung-mat-khau-1");
        using var client = app.Anonymous();

        for (var i = 0; i < UserAccount.MaxFailedSignIns; i++) await WebApp.SignInAsync(client, "lockme", "wrong-" + i, Ct);
        var right = await WebApp.SignInAsync(client, "lockme", "dung-mat-khau-1", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("tạm khóa", await right.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = app.Anonymous();

        var response = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "admin", ["password"] = app.Passwords["admin"],
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync("/Account/SignIn", Ct);

        Assert.Equal(SachSong.Web.Hosting.SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthCookie_IsHttpOnlyStrictAndSecureOverHttps()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });

        var response = await WebApp.SignInAsync(client, "xem", app.Passwords["xem"], Ct);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sachsong-auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CommuneOfficer_CannotReadACitizenOfAnotherCommune_ByPageOrApi()
    {
        var (id, personalId) = await CitizenOutsideAsync("21088");
        using var client = await app.SignedInAsync("xa", ct: Ct);

        var page = await client.GetAsync($"/Register/Person/{id}", Ct);
        var api = await client.GetAsync($"/api/citizens/{personalId}", Ct);
        var search = await client.GetFromJsonAsync<SearchResponse>($"/api/citizens?q={personalId}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Empty(search!.Results);
    }

    [Fact]
    public async Task DistrictPolice_ReadsACitizenOfItsDistrict_WithTheFullId()
    {
        var (_, personalId) = await CitizenOutsideAsync("21088");
        using var client = await app.SignedInAsync("congan", ct: Ct);

        var card = await client.GetFromJsonAsync<CardResponse>($"/api/citizens/{personalId}", Ct);

        Assert.Equal(personalId, card!.PersonalId);
    }

    [Fact]
    public async Task DistrictTaskForce_SeesMaskedIds()
    {
        var (_, personalId) = await CitizenOutsideAsync("21088");
        using var client = await app.SignedInAsync("huyen", ct: Ct);

        var card = await client.GetFromJsonAsync<CardResponse>($"/api/citizens/{personalId}", Ct);
        var html = await client.GetStringAsync($"/Register?q={personalId}", Ct);

        var masked = personalId[..1] + "xx…xx" + personalId[^4..];
        Assert.Equal(masked, card!.PersonalId);
        Assert.Contains($">{masked}<", html, StringComparison.Ordinal);
        Assert.DoesNotContain($">{personalId}<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewer_CannotSearchTheRegister_ByPageOrApi()
    {
        using var client = await app.SignedInAsync("xem", ct: Ct);

        var page = await client.GetAsync("/Register?q=nguyen", Ct);
        var api = await client.GetAsync("/api/citizens?q=nguyen", Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Theory]
    [InlineData("huyen")]
    [InlineData("congan")]
    [InlineData("xa")]
    public async Task NonAdmins_CannotOpenAdministrationOrTheAuditLog(string user)
    {
        using var client = await app.SignedInAsync(user, ct: Ct);

        var users = await client.GetAsync("/Admin/Users", Ct);
        var audit = await client.GetAsync("/Admin/Audit", Ct);
        var api = await client.GetAsync("/api/audit", Ct);

        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, audit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task ViewingACitizen_WritesAnAuditEntryWithWhoAndFromWhere()
    {
        var (id, personalId) = await CitizenOutsideAsync("21088");
        using var client = await app.SignedInAsync("congan", ct: Ct);

        (await client.GetAsync($"/Register/Person/{id}", Ct)).EnsureSuccessStatusCode();

        await using var db = app.Database.CreateContext();
        var entry = await db.AuditLog.Where(a => a.Subject == $"citizen:{personalId}" && a.UserName == "congan").OrderByDescending(a => a.Id).FirstAsync(Ct);
        Assert.Equal(AuditActions.View, entry.Action);
        Assert.Equal("police", entry.Role);
        Assert.False(string.IsNullOrEmpty(entry.Remote));
    }

    [Fact]
    public async Task Searching_WritesAnAuditEntryWithTheQuery()
    {
        using var client = await app.SignedInAsync("congan", ct: Ct);

        await client.GetStringAsync("/api/citizens?q=tran%20thi%201990", Ct);

        await using var db = app.Database.CreateContext();
        Assert.True(await db.AuditLog.AnyAsync(a => a.UserName == "congan" && a.Action == AuditActions.Search && a.Details!.Contains("tran thi 1990"), Ct));
    }

    [Fact]
    public async Task AuditLog_CannotBeChangedOrDeleted()
    {
        await using var db = app.Database.CreateContext();
        var entry = await db.AuditLog.OrderBy(a => a.Id).FirstAsync(Ct);

        db.AuditLog.Remove(entry);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task AuditApi_HasNoWriteRoute()
    {
        using var client = await app.SignedInAsync("admin", ct: Ct);

        var post = await client.PostAsync("/api/audit", JsonContent.Create(new { action = "view" }), Ct);
        var delete = await client.DeleteAsync("/api/audit", Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
    }

    [Fact]
    public async Task ApiKey_ActsAsItsAccount_AndStopsWorkingWhenRevoked()
    {
        using var admin = await app.SignedInAsync("admin", ct: Ct);
        long bankId;
        await using (var db = app.Database.CreateContext()) bankId = await db.Users.Where(u => u.UserName == "nganhang").Select(u => u.Id).SingleAsync(Ct);
        var (key, secret) = (await new ApiKeys(app.Database, TimeProvider.System).IssueAsync(bankId, "ngân hàng thử " + Guid.NewGuid(), Ct))!.Value;
        using var system = app.Anonymous();
        system.DefaultRequestHeaders.Add("X-Api-Key", secret);

        var me = await system.GetFromJsonAsync<MeResponse>("/api/me", Ct);
        await new ApiKeys(app.Database, TimeProvider.System).RevokeAsync(key.Id, Ct);
        var after = await system.GetAsync("/api/me", Ct);

        Assert.Equal("nganhang", me!.UserName);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task FirstRunSecrets_LiveInTheDataFolder_ReadableByTheOwnerOnly()
    {
        using var client = await app.SignedInAsync("xem", ct: Ct); // signing a cookie makes sure the key ring exists
        var keys = Path.Combine(app.DataFolder, "keys");
        var groupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(keys) & groupOrOther);
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(Path.Combine(app.DataFolder, DemoAccounts.FileName)) & groupOrOther);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        using var client = app.Anonymous();

        var json = await client.GetStringAsync("/openapi/v1.json", Ct);

        Assert.Contains("\"/api/citizens\"", json, StringComparison.Ordinal);
        Assert.Contains("\"/api/audit\"", json, StringComparison.Ordinal);
    }

    private static async Task CreateUserAsync(HttpClient admin, string user, string role, string units, string password)
    {
        var token = await WebApp.AntiforgeryTokenAsync(admin, "/Admin/Users");
        var response = await admin.PostAsync("/Admin/Users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = user, ["displayName"] = "Người thử " + user, ["role"] = role, ["units"] = units, ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }), Ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A living citizen of the district who does not live in <paramref name="commune"/>.</summary>
    private async Task<(long Id, string PersonalId)> CitizenOutsideAsync(string commune)
    {
        await using var db = app.Database.CreateContext();
        var c = await db.Citizens.Where(c => c.CommuneCode != commune && !c.IsDeceased).OrderBy(c => c.Id).Select(c => new { c.Id, c.PersonalId }).FirstAsync(Ct);
        return (c.Id, c.PersonalId);
    }

    private sealed record SearchResponse(string Query, List<CardResponse> Results, bool More);
    private sealed record CardResponse(long Id, string PersonalId, string FullName);
    private sealed record MeResponse(string UserName, string Role);
}
