using Microsoft.AspNetCore.Http.HttpResults;
using SachSong.App.Indicators;
using SachSong.App.Storage;
using SachSong.Core.Indicators;
using SachSong.Web.Hosting;
using SachSong.Web.Pages.Reports;

namespace SachSong.Web.Api;

/// <summary><c>/api/indicators</c>, <c>/api/dashboard</c>, <c>/api/figures</c>: the catalogue, rankings and reports, the dashboard, reported figures.</summary>
internal static class IndicatorsApi
{
    public sealed record IndicatorItem(string Code, string Name, string NameEn, IReadOnlyList<string> Numerator, IReadOnlyList<string> Denominator,
        int Decimals, decimal? TargetPercent);

    public sealed record ElementItem(string Code, string Name, string? PartOf, bool FromRegister);

    public sealed record CatalogueResponse(IReadOnlyList<IndicatorItem> Indicators, IReadOnlyList<ElementItem> Elements);

    public sealed record RateItem(string Indicator, long Numerator, long Denominator, string Shown, decimal? Percent, decimal? Target, string Status);

    public sealed record RankingItem(int Rank, string UnitCode, string UnitName, string Status, IReadOnlyList<RateItem> Rates,
        IReadOnlyDictionary<string, long?> Values);

    public sealed record ReportResponse(string Parent, string ParentName, string Period, IReadOnlyList<RankingItem> Rows, RankingItem Total);

    public sealed record TrendPoint(string Period, string Shown, decimal? Percent);

    public sealed record CardItem(RateItem Own, IReadOnlyList<TrendPoint> Trend, IReadOnlyList<ChildItem> Children);

    public sealed record ChildItem(string UnitCode, string UnitName, string Status, RateItem Rate, bool AtRisk);

    public sealed record DashboardResponse(string Unit, string UnitName, string Period, string AsOf, IReadOnlyList<CardItem> Cards);

    public sealed record FigureItem(string Element, string Name, long? Value, string? ReportedBy, DateTime? ReportedAt);

    public sealed record FiguresResponse(string Unit, string Period, IReadOnlyList<FigureItem> Figures);

    public sealed record FiguresRequest(string Unit, string Period, Dictionary<string, string?> Values);

    public sealed record EnterResponse(int Added, int Changed, int Unchanged);

    public sealed record LateItem(string UnitCode, string UnitName, string Due, int DaysLate);

    public static RouteGroupBuilder MapIndicatorsApi(this RouteGroupBuilder api)
    {
        var indicators = api.MapGroup("/indicators").WithTags("Indicators");
        indicators.MapGet("/", CatalogueAsync).RequireAuthorization(Policies.ViewReports).WithName("GetIndicators")
            .WithSummary("Danh mục chỉ số và chỉ tiêu dữ liệu (có sẵn và do người dùng thêm)");
        indicators.MapGet("/report", ReportAsync).RequireAuthorization(Policies.ViewReports).WithName("GetIndicatorReport")
            .WithSummary("Bảng xếp hạng các đơn vị trực thuộc theo chỉ số, đơn vị hoàn thành trước");
        indicators.MapGet("/report.xlsx", (HttpContext h, string[]? indicator, string? period, string? parent, bool? fromRegister, int? top, IndicatorAccess a,
                IndicatorReports r, Database d, CurrentActor c, TimeProvider t, CancellationToken ct) => DownloadAsync("xlsx", indicator, period, parent, fromRegister, top, a, r, d, c, t, ct))
            .RequireAuthorization(Policies.ViewReports).WithName("GetIndicatorReportXlsx").WithSummary("Bảng xếp hạng dạng .xlsx (ghi người xuất, thời điểm xuất)");
        indicators.MapGet("/report.docx", (HttpContext h, string[]? indicator, string? period, string? parent, bool? fromRegister, int? top, IndicatorAccess a,
                IndicatorReports r, Database d, CurrentActor c, TimeProvider t, CancellationToken ct) => DownloadAsync("docx", indicator, period, parent, fromRegister, top, a, r, d, c, t, ct))
            .RequireAuthorization(Policies.ViewReports).WithName("GetIndicatorReportDocx").WithSummary("Công văn kết quả thực hiện chỉ tiêu dạng .docx (Nghị định 30/2020)");
        api.MapGet("/dashboard", DashboardAsync).WithTags("Indicators").RequireAuthorization(Policies.ViewReports).WithName("GetDashboard")
            .WithSummary("Tổng quan: các chỉ số của một đơn vị, xu hướng, các đơn vị trực thuộc xếp hạng và nguy cơ không đạt");
        var figures = api.MapGroup("/figures").WithTags("Figures");
        figures.MapGet("/", FiguresAsync).RequireAuthorization(Policies.EnterFigures).WithName("GetFigures")
            .WithSummary("Số liệu báo cáo hiện có của một đơn vị và kỳ");
        figures.MapPut("/", EnterAsync).RequireAuthorization(Policies.EnterFigures).WithName("PutFigures")
            .WithSummary("Nhập số liệu của một đơn vị và kỳ (kiểm tra như khi nhập tệp, ghi lịch sử)");
        figures.MapPost("/", EnterAsync).RequireAuthorization(Policies.EnterFigures).WithName("PostFigures")
            .WithSummary("Nhập số liệu của một đơn vị và kỳ (như PUT)");
        figures.MapGet("/missing", MissingAsync).RequireAuthorization(Policies.ViewReports).WithName("GetMissingFigures")
            .WithSummary("Đơn vị trực thuộc chưa báo cáo số liệu của kỳ, hạn và số ngày chậm");
        return api;
    }

    private static async Task<Ok<CatalogueResponse>> CatalogueAsync(Database database, CancellationToken cancellationToken)
    {
        var catalogue = await IndicatorStore.LoadCatalogueAsync(database, cancellationToken);
        var counted = RegisterCounts.Elements.ToHashSet(StringComparer.Ordinal);
        return TypedResults.Ok(new CatalogueResponse(
            [.. catalogue.Indicators.Select(i => new IndicatorItem(i.Code, i.Name.Vietnamese, i.Name.English, i.Numerator, i.Denominator, i.Decimals, i.TargetPercent))],
            [.. catalogue.Elements.Select(e => new ElementItem(e.Code, e.Name.Vietnamese, e.PartOf, counted.Contains(e.Code)))]));
    }

    private static async Task<Results<Ok<ReportResponse>, NotFound, ValidationProblem>> ReportAsync(string[]? indicator, string? period, string? parent,
        bool? fromRegister, IndicatorAccess access, IndicatorReports reports, Database database, TimeProvider clock, CancellationToken cancellationToken)
    {
        var built = await BuildAsync(indicator, period, parent, fromRegister, access, reports, database, clock, cancellationToken);
        return built switch
        {
            Built.Found f => TypedResults.Ok(new ReportResponse(f.Report.Parent.Code, f.Report.Parent.Name, f.Report.Period.ToString(),
                [.. f.Report.Rows.Select((r, i) => Item(r, i + 1))], Item(f.Report.Total, 0))),
            Built.Problems p => Invalid(p.Messages),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> DownloadAsync(string format, string[]? indicator, string? period,
        string? parent, bool? fromRegister, int? top, IndicatorAccess access, IndicatorReports reports, Database database, CurrentActor current, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (top is < 1) return Invalid(["top phải từ 1 trở lên"]);
        var built = await BuildAsync(indicator, period, parent, fromRegister, access, reports, database, clock, cancellationToken);
        switch (built)
        {
            case Built.Found f:
                var (content, name, type) = await ReportExport.WriteAsync(database, current.Actor.UserName, clock, f.Report, format, top, cancellationToken);
                return TypedResults.File(content, type, name);
            case Built.Problems p:
                return Invalid(p.Messages);
            default:
                return TypedResults.NotFound();
        }
    }

    private static async Task<Results<Ok<DashboardResponse>, NotFound, ValidationProblem>> DashboardAsync(string? unit, string? period, string? version,
        IndicatorAccess access, IndicatorDashboard dashboard, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(unit, access.VersionFor(version), cancellationToken);
        if (found is null) return TypedResults.NotFound();
        var parsed = access.PeriodOf(period);
        if (!parsed.Success) return Invalid([parsed.Error!]);
        var view = await dashboard.BuildAsync(found, parsed.Value, [.. BuiltInIndicators.Indicators.Select(i => i.Code)], cancellationToken);
        return TypedResults.Ok(new DashboardResponse(found.Code, found.Name, view.Period.ToString(), IndicatorAccess.Iso(view.AsOf),
            [.. view.Cards.Select(c => new CardItem(Rate(c.Own),
                [.. c.Trend.Select(t => new TrendPoint(t.Period.ToString(), t.Rate.Format(c.Indicator.Decimals, Ui.Vietnamese), t.Rate.Percent(c.Indicator.Decimals)))],
                [.. c.Children.Select(r => new ChildItem(r.Unit.Code, r.Unit.Name, r.StatusCode, Rate(r.Result(c.Indicator.Code)), c.AtRisk(r)))]))]));
    }

    private static async Task<Results<Ok<FiguresResponse>, NotFound, ValidationProblem>> FiguresAsync(string? unit, string? period, IndicatorAccess access,
        EnterFigures enter, Database database, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(unit, access.VersionFor(null), cancellationToken);
        if (found is null) return TypedResults.NotFound();
        var parsed = access.PeriodOf(period);
        if (!parsed.Success) return Invalid([parsed.Error!]);
        var stored = await enter.CurrentAsync(found, parsed.Value, cancellationToken);
        var elements = IndicatorAccess.ReportedElements(await IndicatorStore.LoadCatalogueAsync(database, cancellationToken));
        return TypedResults.Ok(new FiguresResponse(found.Code, parsed.Value.ToString(), [.. elements.Select(e => stored.TryGetValue(e.Code, out var f)
            ? new FigureItem(e.Code, e.Name.Vietnamese, f.Value, f.ReportedBy, f.ReportedAt)
            : new FigureItem(e.Code, e.Name.Vietnamese, null, null, null))]));
    }

    private static async Task<Results<Ok<EnterResponse>, NotFound, ValidationProblem>> EnterAsync(FiguresRequest request, IndicatorAccess access,
        EnterFigures enter, Database database, CurrentActor current, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Unit)) return Invalid(["Thiếu đơn vị (unit): mã hoặc tên của đơn vị báo cáo"], "unit");
        var found = await access.FindAsync(request.Unit, access.VersionFor(null), cancellationToken);
        if (found is null) return TypedResults.NotFound();
        var parsed = Period.Parse(request.Period);
        if (!parsed.Success) return Invalid([parsed.Error!], "period");
        var reported = IndicatorAccess.ReportedElements(await IndicatorStore.LoadCatalogueAsync(database, cancellationToken)).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        // Register-counted elements are not typed in: the register is their source.
        var computed = (request.Values ?? []).Keys.Where(k => !reported.Contains(k)).ToList();
        if (computed.Count > 0)
            return TypedResults.ValidationProblem(computed.ToDictionary(k => k, k => new[] { $"'{k}' không phải chỉ tiêu dữ liệu báo cáo (không có, hoặc tính từ sổ dân cư)" }));
        return await enter.ExecuteAsync(found, parsed.Value, request.Values ?? [], current.Actor.UserName, cancellationToken) switch
        {
            EnterFigures.Outcome.Stored s => TypedResults.Ok(new EnterResponse(s.Added, s.Changed, s.Unchanged)),
            EnterFigures.Outcome.Rejected r => TypedResults.ValidationProblem(r.Problems.GroupBy(p => p.ElementCode)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message.Vietnamese).ToArray())),
            _ => throw new InvalidOperationException(),
        };
    }

    private static async Task<Results<Ok<IReadOnlyList<LateItem>>, NotFound, ValidationProblem>> MissingAsync(string? period, string? parent,
        IndicatorAccess access, IndicatorReports reports, Database database, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(parent, access.VersionFor(null), cancellationToken);
        if (found is null) return TypedResults.NotFound();
        var parsed = access.PeriodOf(period);
        if (!parsed.Success) return Invalid([parsed.Error!], "period");
        var elements = IndicatorAccess.ReportedElements(await IndicatorStore.LoadCatalogueAsync(database, cancellationToken)).Select(e => e.Code).ToList();
        var late = await reports.NotReportedAsync(found, parsed.Value, elements, Pages.Figures.MissingModel.GraceDays, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<LateItem>>([.. late.Select(l => new LateItem(l.Unit.Code, l.Unit.Name, IndicatorAccess.Iso(l.Due), l.DaysLate))]);
    }

    private abstract record Built
    {
        private Built() { }
        public sealed record Found(RankingReport Report) : Built;
        public sealed record Problems(IReadOnlyList<string> Messages) : Built;
        public sealed record OutOfScope : Built;
    }

    private static async Task<Built> BuildAsync(string[]? indicator, string? period, string? parent, bool? fromRegister, IndicatorAccess access,
        IndicatorReports reports, Database database, TimeProvider clock, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(parent, access.VersionFor(null), cancellationToken);
        if (found is null) return new Built.OutOfScope();
        var parsed = access.PeriodOf(period);
        if (!parsed.Success) return new Built.Problems([parsed.Error!]);
        var register = fromRegister == true ? await new RegisterFigures(database, clock).ComputeAsync(parsed.Value, null, cancellationToken) : null;
        var codes = indicator is { Length: > 0 } ? indicator : [BuiltInIndicators.NoncashPaymentRate];
        return await reports.BuildAsync(codes, parsed.Value, found, cancellationToken, register) switch
        {
            IndicatorReports.Outcome.Built b => new Built.Found(b.Report),
            IndicatorReports.Outcome.Rejected r => new Built.Problems(r.Problems),
            _ => throw new InvalidOperationException(),
        };
    }

    private static ValidationProblem Invalid(IReadOnlyList<string> messages, string key = "") =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [key] = [.. messages] });

    private static RateItem Rate(IndicatorResult r) =>
        new(r.Indicator.Code, r.Rate.Numerator, r.Rate.Denominator, r.Format(Ui.Vietnamese), r.ShownPercent, r.Target?.Percent, r.Status.ToString());

    private static RankingItem Item(RankingRow row, int rank) =>
        new(rank, row.Unit.Code, row.Unit.Name, row.StatusCode, [.. row.Results.Select(Rate)],
            row.Values.ToDictionary(v => v.Key, v => row.MissingElements.Contains(v.Key) ? null : (long?)v.Value, StringComparer.Ordinal));
}
