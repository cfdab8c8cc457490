using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SachSong.Core.Access;

namespace SachSong.Web.Tests;

/// <summary>
/// Every route the app serves, tried by every demo role: the roles that hold the route's permission get it, every other role is
/// refused (a page redirects to /Account/Denied, the API answers 403), whatever the method. The expected permission of each route
/// is written here, not read from the app, and a route the app serves that this table does not know fails the test.
/// </summary>
public sealed class RouteMatrixTests(WebApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A route: its pattern as the app maps it, the method and example path to try, who may use it, and what an allowed role gets.</summary>
    private sealed record Route(string Pattern, string Method, string Path, Permission? Needs, params HttpStatusCode[] Allowed)
    {
        public bool IsApi => Path.StartsWith("/api", StringComparison.Ordinal);
    }

    private static readonly string[] Public = ["Account/SignIn", "Account/Denied", "Account/SignOut", "Error", "openapi/{documentName}.json", "lang/{code}"];

    private async Task<IReadOnlyList<Route>> RoutesAsync()
    {
        await using var db = app.Database.CreateContext();
        var person = await db.Citizens.AsNoTracking().Where(c => c.CommuneCode == "21088").OrderBy(c => c.Id).FirstAsync(Ct);
        var list = await db.Lists.AsNoTracking().OrderBy(l => l.Id).FirstAsync(Ct);
        var entry = await db.ListEntries.AsNoTracking().Where(e => e.ListId == list.Id).OrderBy(e => e.Id).FirstAsync(Ct);
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.UserName == "xem", Ct);
        var guid = Guid.NewGuid().ToString("N");
        const HttpStatusCode ok = HttpStatusCode.OK, notFound = HttpStatusCode.NotFound, bad = HttpStatusCode.BadRequest;
        return
        [
            new("", "GET", "/", Permission.ViewReports, ok),
            new("Index", "GET", "/Index", Permission.ViewReports, ok),
            new("Register", "GET", "/Register?q=nguyen", Permission.ViewRegister, ok),
            new("Register/Index", "GET", "/Register/Index", Permission.ViewRegister, ok),
            new("Register/Person/{id:long}", "GET", $"/Register/Person/{person.Id}", Permission.ViewRegister, ok),
            new("Lists", "GET", "/Lists", Permission.ViewLists, ok),
            new("Lists/Index", "GET", "/Lists/Index", Permission.ViewLists, ok),
            new("Lists/{id:long}", "GET", $"/Lists/{list.Id}", Permission.ViewLists, ok, notFound),
            new("Lists/Upload", "GET", "/Lists/Upload", Permission.ImportLists, ok),
            new("Lists/Mapping/{id:guid}", "GET", $"/Lists/Mapping/{guid}", Permission.ImportLists, notFound),
            new("Lists/Job/{id:guid}", "GET", $"/Lists/Job/{guid}", Permission.ViewLists, notFound),
            new("Worklist", "GET", "/Worklist", Permission.CorrectRows, ok),
            new("Worklist/Index", "GET", "/Worklist/Index", Permission.CorrectRows, ok),
            new("Worklist/{id:long}", "GET", $"/Worklist/{list.Id}?commune=21088", Permission.CorrectRows, ok, notFound),
            new("Figures", "GET", "/Figures", Permission.EnterFigures, ok),
            new("Figures/Index", "GET", "/Figures/Index", Permission.EnterFigures, ok),
            new("Figures/Missing", "GET", "/Figures/Missing", Permission.ViewReports, ok),
            new("Reports", "GET", "/Reports", Permission.ViewReports, ok),
            new("Reports/Index", "GET", "/Reports/Index", Permission.ViewReports, ok),
            new("Admin/Users", "GET", "/Admin/Users", Permission.ManageUsers, ok),
            new("Admin/User/{id:long}", "GET", $"/Admin/User/{user.Id}", Permission.ManageUsers, ok),
            new("Admin/ApiKeys", "GET", "/Admin/ApiKeys", Permission.ManageUsers, ok),
            new("Admin/Audit", "GET", "/Admin/Audit", Permission.ViewAudit, ok),
            new("api/me", "GET", "/api/me", null, ok),
            new("api/audit", "GET", "/api/audit", Permission.ViewAudit, ok),
            new("api/citizens/", "GET", "/api/citizens?q=nguyen", Permission.ViewRegister, ok),
            new("api/citizens/{personalId}", "GET", $"/api/citizens/{person.PersonalId}", Permission.ViewRegister, ok),
            new("api/lists/", "GET", "/api/lists", Permission.ViewLists, ok),
            new("api/lists/", "POST", "/api/lists", Permission.ImportLists, bad),
            new("api/lists/{id:long}", "GET", $"/api/lists/{list.Id}", Permission.ViewLists, ok, notFound),
            new("api/lists/{id:long}/match", "POST", $"/api/lists/{list.Id + 1_000_000}/match", Permission.MatchLists, notFound),
            new("api/lists/{id:long}/worklist", "GET", $"/api/lists/{list.Id}/worklist?commune=21088", Permission.CorrectRows, ok, notFound),
            new("api/lists/entries/{entryId:long}/correction", "POST", $"/api/lists/entries/{entry.Id}/correction", Permission.CorrectRows, ok /* nothing to change */, notFound),
            new("api/lists/entries/{entryId:long}/decision", "POST", $"/api/lists/entries/{entry.Id}/decision", Permission.CorrectRows, bad, notFound),
            new("api/lists/{id:long}/export", "GET", $"/api/lists/{list.Id + 1_000_000}/export", Permission.ViewLists, notFound),
            new("api/indicators/", "GET", "/api/indicators", Permission.ViewReports, ok),
            new("api/indicators/report", "GET", "/api/indicators/report", Permission.ViewReports, ok, bad),
            new("api/indicators/report.xlsx", "GET", "/api/indicators/report.xlsx?period=2099", Permission.ViewReports, ok, bad),
            new("api/indicators/report.docx", "GET", "/api/indicators/report.docx?period=2099", Permission.ViewReports, ok, bad),
            new("api/dashboard", "GET", "/api/dashboard", Permission.ViewReports, ok),
            new("api/figures/", "GET", "/api/figures", Permission.EnterFigures, ok, bad),
            new("api/figures/", "PUT", "/api/figures", Permission.EnterFigures, bad),
            new("api/figures/", "POST", "/api/figures", Permission.EnterFigures, bad),
            new("api/figures/missing", "GET", "/api/figures/missing", Permission.ViewReports, ok, bad),
        ];
    }

    [Fact]
    public async Task EveryRouteTheAppServes_IsInTheTable()
    {
        var routes = await RoutesAsync();
        var served = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Pattern: e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .SelectMany(e => e.Methods.Select(m => (e.Pattern, Method: m)))
            .Where(e => !Public.Contains(e.Pattern))
            .Distinct().ToList();

        var unknown = served.Where(s => !routes.Any(r => r.Pattern == s.Pattern && r.Method == s.Method)).ToList();
        var stale = routes.Where(r => !served.Contains((r.Pattern, r.Method))).ToList();

        Assert.True(unknown.Count == 0, "routes without an expected permission: " + string.Join(", ", unknown));
        Assert.True(stale.Count == 0, "routes the app no longer serves: " + string.Join(", ", stale.Select(r => r.Method + " " + r.Pattern)));
    }

    public static TheoryData<string> Users => [.. new[] { "admin", "tinh", "huyen", "xa", "congan", "laodong", "hoi", "nganhang", "xem" }];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task EveryRoute_RolesWithItsPermissionGetIt_OthersAreRefused(string userName)
    {
        Role role;
        await using (var db = app.Database.CreateContext())
            role = (await db.Users.AsNoTracking().FirstAsync(u => u.UserName == userName, Ct)).RoleValue;
        using var client = await app.SignedInAsync(userName, ct: Ct);
        var failures = new List<string>();

        foreach (var route in await RoutesAsync())
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
            // A list upload is a form; the other writes take JSON. Empty either way: an allowed role gets a 400, not a change.
            if (route.Method != "GET")
                request.Content = route.Pattern == "api/lists/" ? new MultipartFormDataContent() : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request, Ct);
            var allowed = route.Needs is not { } needed || RolePermissions.Allows(role, needed);
            var status = response.StatusCode;
            var denied = route.IsApi
                ? status == HttpStatusCode.Forbidden
                : status == HttpStatusCode.Redirect && new Uri(client.BaseAddress!, response.Headers.Location!).AbsolutePath == "/Account/Denied";
            if (allowed && !route.Allowed.Contains(status))
                failures.Add($"{route.Method} {route.Path}: {(int)status}, expected {string.Join(" or ", route.Allowed.Select(s => (int)s))}");
            if (!allowed && !denied)
                failures.Add($"{route.Method} {route.Path}: {(int)status} {response.Headers.Location}, expected it refused");
        }

        Assert.True(failures.Count == 0, $"{userName} ({role}):\n" + string.Join('\n', failures));
    }
}
