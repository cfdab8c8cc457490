using System.CommandLine;
using System.Globalization;
using SachSong.App.Indicators;
using SachSong.App.Units;
using SachSong.Core.Indicators;
using SachSong.Reports.OpenXml;
using SachSong.Reports.OpenXml.Official;
using Spectre.Console;

namespace SachSong.Cli;

/// <summary><c>sachsong indicators list|report|target</c>.</summary>
internal static class IndicatorsCommand
{
    public static Command Create(CliContext ctx, Option<string?> databaseOption)
    {
        var indicators = new Command("indicators", ctx.T("Chỉ số: danh mục, chỉ tiêu, báo cáo xếp hạng", "Indicators: catalogue, targets, ranking reports"));

        var list = new Command("list", ctx.T("Liệt kê chỉ tiêu dữ liệu và chỉ số", "List data elements and indicators"));
        list.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            var catalogue = await IndicatorStore.LoadCatalogueAsync(database, ct);
            var elements = new Table().AddColumns(ctx.T("Mã chỉ tiêu dữ liệu", "Data element"), ctx.T("Tên", "Name"), ctx.T("Thuộc", "Part of"));
            foreach (var e in catalogue.Elements) elements.AddRow(e.Code, Markup.Escape(ctx.T(e.Name.Vietnamese, e.Name.English)), e.PartOf ?? "");
            ctx.Console.Write(elements);
            var table = new Table().AddColumns(ctx.T("Chỉ số", "Indicator"), ctx.T("Tên", "Name"), ctx.T("Công thức", "Formula"), ctx.T("Chỉ tiêu", "Target"));
            foreach (var i in catalogue.Indicators)
                table.AddRow(i.Code, Markup.Escape(ctx.T(i.Name.Vietnamese, i.Name.English)),
                    $"({string.Join(" + ", i.Numerator)}) / ({string.Join(" + ", i.Denominator)})",
                    i.TargetPercent is { } t ? t.ToString("0.##", CultureInfo.CurrentCulture) + "%" : "—");
            ctx.Console.Write(table);
            return 0;
        });

        var figuresFile = new Option<FileInfo?>("--figures") { Description = ctx.T("Tệp số liệu (unit,data_element,period,value); không có thì dùng số liệu đã lưu", "Figures file (unit,data_element,period,value); without it, the stored figures") };
        var indicator = new Option<string[]>("--indicator") { Description = ctx.T("Mã chỉ số (lặp lại được); chỉ số đầu tiên dùng để xếp hạng", "Indicator code (repeatable); the first orders the rows"), Required = true };
        var period = new Option<string>("--period") { Description = ctx.T("Kỳ: 2024, 2024Q4, 2024-11, 2024W47", "Period: 2024, 2024Q4, 2024-11, 2024W47"), Required = true };
        var parent = new Option<string?>("--parent") { Description = ctx.T("Đơn vị cấp trên (mã hoặc tên); mặc định: đơn vị cấp trên chung của số liệu", "Parent unit (code or name); default: the one parent of the units in the figures") };
        var format = new Option<string>("--format") { Description = "csv | xlsx | docx", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "xlsx", "docx");
        var output = new Option<FileInfo>("--out") { Description = ctx.T("Tệp kết quả", "Output file"), Required = true };
        var top = new Option<int?>("--top") { Description = ctx.T("Dạng \"N đơn vị cao nhất / thấp nhất\" thay cho \"hoàn thành / chưa hoàn thành\"", "The \"highest N / lowest N\" form instead of \"completed / not completed\"") };
        var snapshot = new Option<bool>("--snapshot") { Description = ctx.T("Lưu ảnh chụp tỉ lệ hôm nay để dự báo", "Store today's rates as a snapshot for forecasts") };
        var forecast = new Option<bool>("--forecast") { Description = ctx.T("In dự báo ngày đạt chỉ tiêu cho đơn vị chưa đạt", "Print when units below target will reach it") };
        var issuer = new Option<string?>("--issuer") { Description = ctx.T("Cơ quan ban hành (công văn .docx)", "Issuing body (.docx letter)") };
        var agency = new Option<string?>("--parent-agency") { Description = ctx.T("Cơ quan chủ quản, ví dụ \"UBND HUYỆN BÌNH SƠN\"", "Parent agency, e.g. \"UBND HUYỆN BÌNH SƠN\"") };
        var symbol = new Option<string?>("--symbol") { Description = ctx.T("Ký hiệu văn bản, ví dụ TCTĐA06", "Document symbol, e.g. TCTĐA06") };
        var place = new Option<string?>("--place") { Description = ctx.T("Địa danh ghi trên công văn", "Place name on the letter") };
        var date = new Option<string?>("--date") { Description = ctx.T("Ngày ký dd/MM/yyyy (mặc định: để trống cho văn thư)", "Date of signing dd/MM/yyyy (default: blank for the clerk)") };
        var fromRegister = new Option<bool>("--from-register") { Description = ctx.T("Tính trẻ em, CCCD, định danh điện tử, độ tuổi lao động từ sổ dân cư", "Count children, ID cards, e-ID and working age from the register") };
        var asOf = new Option<string?>("--as-of") { Description = ctx.T("Ngày tính từ sổ dân cư dd/MM/yyyy (mặc định: cuối kỳ hoặc hôm nay)", "Date the register counts are true on, dd/MM/yyyy (default: the period's end or today)") };
        var signer = new Option<string?>("--signer") { Description = ctx.T("Họ tên người ký", "Signer's name") };
        var report = new Command("report", ctx.T("Báo cáo xếp hạng đơn vị theo chỉ số: csv, xlsx hoặc công văn docx", "Ranking report of units by indicator: csv, xlsx or a docx letter"))
        {
            figuresFile, indicator, period, parent, format, output, top, snapshot, forecast, fromRegister, asOf, issuer, agency, symbol, place, date, signer,
        };
        report.SetAction(async (parse, ct) =>
        {
            var parsedPeriod = Period.Parse(parse.GetValue(period));
            if (!parsedPeriod.Success)
            {
                ctx.Fail("--period: " + ctx.T(parsedPeriod.Problem!.Message.Vietnamese, parsedPeriod.Problem.Message.English));
                return 2;
            }
            if (!TryDate(ctx, "--date", parse.GetValue(date), out var signed) || !TryDate(ctx, "--as-of", parse.GetValue(asOf), out var countedOn)) return 2;
            if (parse.GetValue(top) is < 1)
            {
                ctx.Fail(ctx.T($"--top: cần một số đơn vị từ 1 trở lên, không phải {parse.GetValue(top)}", $"--top: needs a number of units, 1 or more, not {parse.GetValue(top)}"));
                return 2;
            }
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            await new ImportUnits(database).LoadBuiltInAsync(ct);
            var service = new IndicatorReports(database, ctx.Clock);
            var register = parse.GetValue(fromRegister)
                ? await new RegisterFigures(database, ctx.Clock).ComputeAsync(parsedPeriod.Value, countedOn, ct)
                : null;
            if (register is not null)
                ctx.Console.MarkupLine(ctx.T($"Số liệu từ sổ dân cư tính đến ngày {register.AsOf:dd/MM/yyyy}.", $"Register counts as of {register.AsOf:dd/MM/yyyy}."));
            var built = await service.BuildAsync(parse.GetValue(figuresFile)?.FullName, parse.GetValue(indicator)!, parsedPeriod.Value, parse.GetValue(parent), ct, register);
            if (built is IndicatorReports.Outcome.Rejected rejected)
            {
                ctx.Fail(ctx.T("Không lập được báo cáo:", "No report:"));
                foreach (var p in rejected.Problems.Take(100)) ctx.Error.WriteLine(p);
                return 2;
            }
            // The version of the report's own units: resolving the parent's code again by date could pick the other
            // version's unit of the same code (51, 21040…) and mix two sets of communes' snapshots.
            var (ranking, version, unallocated) = (IndicatorReports.Outcome.Built)built;
            var path = parse.GetValue(output)!.FullName;
            var stamp = new WorkbookStamp(FiguresCommand.ReportedBy(ctx, null), ctx.Clock.GetUtcNow().UtcDateTime);
            switch (parse.GetValue(format))
            {
                case "xlsx":
                    await using (var stream = File.Create(path)) ReportWorkbook.Write(stream, IndicatorDocuments.Tables(ranking, parse.GetValue(top)), stamp);
                    break;
                case "docx":
                    var options = new IndicatorDocuments.LetterOptions
                    {
                        ParentAgency = parse.GetValue(agency) ?? $"UBND {ranking.Parent.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}",
                        IssuingBody = parse.GetValue(issuer) ?? "TỔ CÔNG TÁC ĐỀ ÁN 06",
                        Symbol = parse.GetValue(symbol) ?? "TCTĐA06",
                        Place = parse.GetValue(place) ?? Core.Units.UnitTypes.StripType(ranking.Parent.Name),
                        Date = signed,
                        Year = ctx.Clock.GetLocalNow().Year,
                        SignerName = parse.GetValue(signer) ?? "",
                    };
                    await using (var stream = File.Create(path)) LetterDocument.Write(stream, IndicatorDocuments.Letter([ranking], options, parse.GetValue(top)), stamp);
                    break;
                default:
                    await using (var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(true)))
                        IndicatorReports.WriteCsv(ranking, writer);
                    break;
            }
            ctx.Console.MarkupLine(ctx.T(
                $"{Markup.Escape(ranking.Parent.Name)}, kỳ {ranking.Period}: {ranking.Completed.Count:N0} đơn vị hoàn thành, {ranking.NotCompleted.Count:N0} chưa hoàn thành → {Markup.Escape(path)}",
                $"{Markup.Escape(ranking.Parent.Name)}, period {ranking.Period}: {ranking.Completed.Count:N0} units completed, {ranking.NotCompleted.Count:N0} not completed → {Markup.Escape(path)}"));
            foreach (var u in unallocated)
                ctx.Console.MarkupLine($"[yellow]{Markup.Escape(ctx.T(
                    $"Đơn vị cũ {u.UnitCode} đã chia tách: {u.ElementCode} = {u.Value:N0} không phân bổ được vào đơn vị mới",
                    $"Old unit {u.UnitCode} was split: {u.ElementCode} = {u.Value:N0} could not be allocated to a new unit"))}[/]");
            if (parse.GetValue(snapshot))
            {
                var n = await service.SnapshotAsync(ranking, version, ct);
                ctx.Console.MarkupLine(ctx.T($"Đã lưu {n:N0} tỉ lệ vào lịch sử.", $"Stored {n:N0} rates in the history."));
            }
            if (parse.GetValue(forecast))
            {
                var forecasts = await service.ForecastAsync(ranking, version, null, ct);
                var table = new Table().AddColumns(ctx.T("Đơn vị", "Unit"), ctx.T("Chỉ số", "Indicator"), ctx.T("Hiện tại", "Now"),
                    ctx.T("Tốc độ (điểm %/ngày)", "Pace (points/day)"), ctx.T("Dự kiến đạt", "Expected"), ctx.T("Hạn", "Deadline"), ctx.T("Rủi ro", "At risk"));
                foreach (var (unit, ind, fc) in forecasts)
                    table.AddRow(Markup.Escape(unit.Name), ind.Code,
                        fc.LatestPercent is { } p ? p.ToString("N2", CultureInfo.CurrentCulture) + "%" : "—",
                        fc.PacePerDay is { } pace ? pace.ToString("N3", CultureInfo.CurrentCulture) : "—",
                        fc.ReachDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—",
                        fc.Deadline?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—",
                        fc.AtRisk ? ctx.T("[red]có[/]", "[red]yes[/]") : ctx.T("không", "no"));
                ctx.Console.Write(table);
                if (forecasts.Count > 0) ctx.Console.WriteLine(ctx.T(forecasts[0].Forecast.Method.Vietnamese, forecasts[0].Forecast.Method.English));
            }
            return 0;
        });

        var targetIndicator = new Option<string>("--indicator") { Description = ctx.T("Mã chỉ số", "Indicator code"), Required = true };
        var percent = new Option<decimal>("--percent") { Description = ctx.T("Chỉ tiêu, phần trăm (ví dụ 40)", "Target in percent (e.g. 40)"), Required = true };
        var targetUnit = new Option<string?>("--unit") { Description = ctx.T("Chỉ cho đơn vị này (mã hoặc tên)", "Only for this unit (code or name)") };
        var targetPeriod = new Option<string?>("--period") { Description = ctx.T("Chỉ cho kỳ này", "Only for this period") };
        var deadline = new Option<string?>("--deadline") { Description = ctx.T("Hạn hoàn thành dd/MM/yyyy", "Deadline dd/MM/yyyy") };
        var target = new Command("target", ctx.T("Đặt chỉ tiêu và hạn cho một chỉ số (theo đơn vị, kỳ)", "Set an indicator's target and deadline (per unit, period)"))
        {
            targetIndicator, percent, targetUnit, targetPeriod, deadline,
        };
        target.SetAction(async (parse, ct) =>
        {
            DateOnly? due = null;
            if (parse.GetValue(deadline) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    ctx.Fail(ctx.T($"--deadline: '{text}' không phải ngày dd/MM/yyyy", $"--deadline: '{text}' is not a dd/MM/yyyy date"));
                    return 2;
                }
                due = d;
            }
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            await new ImportUnits(database).LoadBuiltInAsync(ct);
            var result = await new SetIndicatorTarget(database, ctx.Clock).ExecuteAsync(parse.GetValue(targetIndicator)!, parse.GetValue(percent),
                parse.GetValue(targetUnit), parse.GetValue(targetPeriod), due, FiguresCommand.ReportedBy(ctx, null), ct);
            if (result is not null)
            {
                ctx.Fail(result);
                return 2;
            }
            ctx.Console.MarkupLine(ctx.T("Đã lưu chỉ tiêu.", "Target saved."));
            return 0;
        });

        indicators.Subcommands.Add(list);
        indicators.Subcommands.Add(report);
        indicators.Subcommands.Add(target);
        return indicators;
    }

    private static bool TryDate(CliContext ctx, string option, string? text, out DateOnly? value)
    {
        value = null;
        if (text is null) return true;
        if (!DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            ctx.Fail(ctx.T($"{option}: '{text}' không phải ngày dd/MM/yyyy", $"{option}: '{text}' is not a dd/MM/yyyy date"));
            return false;
        }
        value = d;
        return true;
    }
}
