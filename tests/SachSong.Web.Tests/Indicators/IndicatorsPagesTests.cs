using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;
using SachSong.App.Units;
using SachSong.Core.Units.Geo;

namespace SachSong.Web.Tests.Indicators;

/// <summary>
/// The dashboard, figure entry, the "not reported" view, ranking reports and their downloads, by page and API, per role and scope.
/// Tests that store figures use a year of their own (2031–2036), so no test sees another's rows.
/// </summary>
public sealed partial class IndicatorsPagesTests(WebApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"\d{1,3},\d{1,2}%")]
    private static partial Regex VietnamesePercent();

    [Fact]
    public async Task Dashboard_DistrictUser_ShowsItsCommunesWithVietnameseRates()
    {
        using var client = await app.SignedInAsync("huyen", ct: Ct);

        var html = await client.GetStringAsync("/", Ct);

        Assert.Contains("Huyện Bình Sơn", html, StringComparison.Ordinal);
        Assert.Contains("Xã Bình Long", html, StringComparison.Ordinal);
        Assert.Matches(VietnamesePercent(), html);
    }

    [Fact]
    public async Task Dashboard_ProvinceAdmin_StartsAtTheProvinceAndDrillsDown()
    {
        using var client = await app.SignedInAsync("admin", ct: Ct);

        var province = await client.GetStringAsync("/", Ct);
        var commune = await client.GetAsync("/?unit=21088", Ct);

        Assert.Contains("Tỉnh Quảng Ngãi", province, StringComparison.Ordinal);
        Assert.Contains("href=\"/?unit=524", province, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, commune.StatusCode);
    }

    [Fact]
    public async Task Dashboard_ChildWithABoundary_DrawsTheChoroplethWithTooltips()
    {
        await using (var db = app.Database.CreateContext())
        {
            if (!await db.UnitGeometries.AnyAsync(g => g.Version == "2025-03" && g.Code == "21088", Ct))
            {
                var geometry = new UnitGeometry("2025-03", "21088");
                geometry.Replace(new GeoFeature("21088", "Xã Bình Long", [[[new(108.7, 15.3), new(108.8, 15.3), new(108.8, 15.4), new(108.7, 15.3)]]]),
                    "test", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
                db.UnitGeometries.Add(geometry);
                await db.SaveChangesAsync(Ct);
            }
        }
        using var client = await app.SignedInAsync("huyen", ct: Ct);

        var html = await client.GetStringAsync("/?unit=524", Ct);

        Assert.Contains("class=\"choropleth\"", html, StringComparison.Ordinal);
        Assert.Matches(@"<title>Xã Bình Long: (\d{1,3},\d{2}%|—)</title>", html);
    }

    [Fact]
    public async Task Dashboard_Bank_IsDeniedByPageAndApi()
    {
        using var client = await app.SignedInAsync("nganhang", ct: Ct);

        var page = await client.GetAsync("/", Ct);
        var reports = await client.GetAsync("/Reports", Ct);
        var api = await client.GetAsync("/api/dashboard", Ct);

        Assert.StartsWith("/Account/Denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/Account/Denied", reports.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Theory]
    [InlineData("/?unit=21040")]
    [InlineData("/?unit=524")]
    [InlineData("/api/dashboard?unit=21040")]
    [InlineData("/Reports?parent=524")]
    [InlineData("/api/indicators/report?parent=524")]
    [InlineData("/Figures?unit=21040")]
    [InlineData("/api/figures?unit=21040&period=2031")]
    [InlineData("/Figures/Missing?parent=524")]
    public async Task CommuneUser_UnitOutsideItsCommune_Is404(string path)
    {
        using var client = await app.SignedInAsync("xa", ct: Ct);

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CommuneUser_OwnCommune_SeesItsDashboardAndForm()
    {
        using var client = await app.SignedInAsync("xa", ct: Ct);

        var dashboard = await client.GetStringAsync("/", Ct);
        var form = await client.GetStringAsync("/Figures", Ct);

        Assert.Contains("Xã Bình Long", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Thị trấn Châu Ổ", dashboard, StringComparison.Ordinal);
        Assert.Contains("Values[social_protection.beneficiaries]", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommuneUser_PutFiguresForAnotherCommune_Is404()
    {
        using var client = await app.SignedInAsync("xa", ct: Ct);

        var response = await client.PutAsJsonAsync("/api/figures",
            new { unit = "21040", period = "2031", values = new Dictionary<string, string> { ["social_protection.beneficiaries"] = "10" } }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Viewer_CanViewReportsButNotEnterFigures()
    {
        using var client = await app.SignedInAsync("xem", ct: Ct);

        var dashboard = await client.GetAsync("/", Ct);
        var form = await client.GetAsync("/Figures", Ct);
        var put = await client.PutAsJsonAsync("/api/figures",
            new { unit = "21088", period = "2031", values = new Dictionary<string, string> { ["social_protection.beneficiaries"] = "10" } }, Ct);

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.StartsWith("/Account/Denied", form.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }

    [Theory]
    [InlineData("-5", "", "số âm")]
    [InlineData("100", "200", "không được vượt số liệu tổng")]
    [InlineData("12,5", "", "dấu phẩy")]
    public async Task FigureForm_InvalidValues_Is400WithTheImportsMessageAndStoresNothing(string beneficiaries, string paid, string message)
    {
        using var client = await app.SignedInAsync("huyen", ct: Ct);

        var response = await PostFormAsync(client, "21088", "2031", new() { ["social_protection.beneficiaries"] = beneficiaries, ["social_protection.paid_by_account"] = paid });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        await using var db = app.Database.CreateContext();
        Assert.False(await db.Figures.AnyAsync(f => f.Period == "2031", Ct));
    }

    [Fact]
    public async Task FigureForm_UnknownPeriod_IsRejected()
    {
        using var client = await app.SignedInAsync("huyen", ct: Ct);

        var response = await client.GetAsync("/Figures?unit=21088&period=2031Q5", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2031Q5", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FigureForm_Entered_MovesTheRateShownAndKeepsHistoryWithWho()
    {
        using var client = await app.SignedInAsync("huyen", ct: Ct);
        var before = await client.GetStringAsync("/Reports?parent=524&period=2032&indicator=noncash_payment_rate", Ct);
        var dashboardBefore = await client.GetStringAsync("/?unit=524&period=2032", Ct); // now cached: the entry below must rebuild it

        var response = await PostFormAsync(client, "21046", "2032", new() { ["social_protection.beneficiaries"] = "10.000", ["social_protection.paid_by_account"] = "9114" });
        var after = await client.GetStringAsync("/Reports?parent=524&period=2032&indicator=noncash_payment_rate", Ct);
        var dashboard = await client.GetStringAsync("/?unit=524&period=2032", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("91,14%", before, StringComparison.Ordinal);
        Assert.DoesNotContain("91,14%", dashboardBefore, StringComparison.Ordinal);
        Assert.Contains("91,14%", after, StringComparison.Ordinal);
        Assert.Contains("91,14%", dashboard, StringComparison.Ordinal);
        await using var db = app.Database.CreateContext();
        var stored = await db.Figures.SingleAsync(f => f.Period == "2032" && f.UnitCode == "21046" && f.ElementCode == "social_protection.paid_by_account", Ct);
        Assert.Equal(("huyen", "form", 9114L), (stored.ReportedBy, stored.Source, stored.Value));
        Assert.True(await db.FigureChanges.AnyAsync(c => c.FigureId == stored.Id, Ct));
    }

    [Fact]
    public async Task FiguresApi_PartAboveWhole_Is400ProblemDetailsNamingTheElement()
    {
        using var client = await app.SignedInAsync("huyen", ct: Ct);

        var response = await client.PutAsJsonAsync("/api/figures", new
        {
            unit = "21088", period = "2031",
            values = new Dictionary<string, string> { ["meritorious.beneficiaries"] = "50", ["meritorious.paid_by_account"] = "60" },
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("meritorious.paid_by_account", out _));
    }

    [Fact]
    public async Task FiguresApi_PutThenGet_ReturnsTheValuesAndTheReportRanksThem()
    {
        using var client = await app.SignedInAsync("huyen", ct: Ct);

        var put = await client.PutAsJsonAsync("/api/figures", new
        {
            unit = "21088", period = "2033",
            values = new Dictionary<string, string> { ["social_protection.beneficiaries"] = "200", ["social_protection.paid_by_account"] = "150" },
        }, Ct);
        var figures = await client.GetStringAsync("/api/figures?unit=21088&period=2033", Ct);
        var report = await client.GetStringAsync("/api/indicators/report?indicator=noncash_payment_rate&period=2033&parent=524", Ct);
        var catalogue = await client.GetStringAsync("/api/indicators", Ct);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Contains("\"value\":150", figures, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(report);
        var first = json.RootElement.GetProperty("rows")[0];
        Assert.Equal(("21088", "75,00%"), (first.GetProperty("unitCode").GetString(), first.GetProperty("rates")[0].GetProperty("shown").GetString()));
        Assert.Contains("noncash_payment_rate", catalogue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_PageAndApi_ListUnitsThatHaveNotReportedOnly()
    {
        using var client = await app.SignedInAsync("huyen", ct: Ct);
        await client.PutAsJsonAsync("/api/figures", new
        {
            unit = "21046", period = "2034", values = new Dictionary<string, string> { ["workers.forms_collected"] = "30" },
        }, Ct);

        var page = await client.GetStringAsync("/Figures/Missing?period=2034", Ct);
        var api = await client.GetStringAsync("/api/figures/missing?period=2034&parent=524", Ct);

        Assert.Contains("Xã Bình Long", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Xã Bình Thạnh", page, StringComparison.Ordinal);
        Assert.Contains("\"unitCode\":\"21088\"", api, StringComparison.Ordinal);
        Assert.DoesNotContain("\"unitCode\":\"21046\"", api, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportXlsx_Download_HasTheTableTheExporterStampAndAnAuditEntry()
    {
        using var client = await app.SignedInAsync("huyen", ct: Ct);
        await client.PutAsJsonAsync("/api/figures", new
        {
            unit = "21088", period = "2035",
            values = new Dictionary<string, string> { ["social_protection.beneficiaries"] = "400", ["social_protection.paid_by_account"] = "300" },
        }, Ct);

        var response = await client.GetAsync("/api/indicators/report.xlsx?indicator=noncash_payment_rate&period=2035&parent=524", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var xlsx = SpreadsheetDocument.Open(stream, false);
        var strings = xlsx.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText
            ?? string.Concat(xlsx.WorkbookPart.WorksheetParts.Select(w => w.Worksheet.InnerText));
        Assert.Equal("huyen", xlsx.PackageProperties.Creator);
        Assert.Contains("Xã Bình Long", strings, StringComparison.Ordinal);
        Assert.Contains("Xuất từ SachSong bởi huyen", strings, StringComparison.Ordinal);
        await using var db = app.Database.CreateContext();
        Assert.True(await db.AuditLog.AnyAsync(a => a.UserName == "huyen" && a.Action == AuditActions.Export && a.Subject == "indicator_report:524:2035", Ct));
    }

    [Fact]
    public async Task ReportDocx_PageDownload_IsTheLetterWithTheExporterStampAndAnAuditEntry()
    {
        using var client = await app.SignedInAsync("tinh", ct: Ct);

        var response = await client.GetAsync("/Reports?handler=Docx&parent=524&period=2036&fromRegister=true&indicator=id_card_rate_under6", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var docx = WordprocessingDocument.Open(stream, false);
        var text = docx.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Equal("tinh", docx.PackageProperties.Creator);
        Assert.Contains("Bình Long", text, StringComparison.Ordinal);
        Assert.Contains("Xuất từ SachSong bởi tinh", text, StringComparison.Ordinal);
        await using var db = app.Database.CreateContext();
        Assert.True(await db.AuditLog.AnyAsync(a => a.UserName == "tinh" && a.Action == AuditActions.Export && a.Subject == "indicator_report:524:2036", Ct));
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string unit, string period, Dictionary<string, string> values)
    {
        var token = await WebApp.AntiforgeryTokenAsync(client, $"/Figures?unit={unit}&period={period}", Ct);
        var form = new Dictionary<string, string> { ["unit"] = unit, ["period"] = period, ["__RequestVerificationToken"] = token };
        foreach (var (k, v) in values) form[$"Values[{k}]"] = v;
        return await client.PostAsync($"/Figures?unit={unit}&period={period}", new FormUrlEncodedContent(form), Ct);
    }
}
