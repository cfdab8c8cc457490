using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SachSong.App.Access;
using SachSong.Web.Hosting;
using SachSong.Web.Tests.Lists;

namespace SachSong.Web.Tests;

/// <summary>
/// The web app on PostgreSQL, the production database: first run, sign-in, a scoped and audited search, the dashboard, and a list
/// imported and matched through the API. Runs when SACHSONG_TEST_POSTGRES names a server (CI starts one), on a database of its own.
/// </summary>
public sealed class PostgresWebTests
{
    private const string Variable = "SACHSONG_TEST_POSTGRES";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WebApp_OnPostgres_FirstRunSignInSearchDashboardAndListMatching()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(admin), $"{Variable} is not set: no PostgreSQL server for this run");
        var name = "sachsong_web_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(admin!, $"CREATE DATABASE {name}");
        try
        {
            await using var app = new WebApp(new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, (WebSettings.DemoPeopleKey, "1500"));
            await app.InitializeAsync();
            using var xa = await app.SignedInAsync("xa", ct: Ct);
            string inside, outside;
            await using (var db = app.Database.CreateContext())
            {
                inside = await db.Citizens.Where(c => c.CommuneCode == "21088").OrderBy(c => c.Id).Select(c => c.PersonalId).FirstAsync(Ct);
                outside = await db.Citizens.Where(c => c.CommuneCode != "21088").OrderBy(c => c.Id).Select(c => c.PersonalId).FirstAsync(Ct);
            }

            var own = await xa.GetAsync($"/api/citizens/{inside}", Ct);
            var foreign = await xa.GetAsync($"/api/citizens/{outside}", Ct);
            var dashboard = await xa.GetAsync("/", Ct);
            using var laodong = await app.SignedInAsync("laodong", ct: Ct);
            var people = await ListFiles.PeopleAsync(app.Database, "21088", 3);
            var imported = await ListFiles.ImportAsync(laodong, ListFiles.Csv([.. people.Select((p, i) => ListFiles.Row("P" + i.ToString(CultureInfo.InvariantCulture), p))]), "pg.csv", ct: Ct);
            var matched = await ListFiles.MatchAsync(laodong, imported.ListId, Ct);

            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
            Assert.Contains("Tỉ lệ", await dashboard.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            Assert.Equal((3, 3), (matched.Rows, matched.Matched));
            await using var check = app.Database.CreateContext();
            Assert.True(await check.AuditLog.AnyAsync(a => a.UserName == "xa" && a.Action == AuditActions.View && a.Subject.Contains(inside), Ct));
        }
        finally
        {
            await ExecuteAsync(admin!, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string admin, string sql)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
