using System.CommandLine;
using System.Globalization;
using SachSong.App.Indicators;
using SachSong.App.Units;
using SachSong.Core.Indicators;
using SachSong.Core.Units;
using Spectre.Console;

namespace SachSong.Cli;

/// <summary><c>sachsong figures import|missing</c>: figures reported by units.</summary>
internal static class FiguresCommand
{
    public static Command Create(CliContext ctx, Option<string?> databaseOption)
    {
        var figures = new Command("figures", ctx.T("Số liệu đơn vị báo cáo theo kỳ", "Figures reported by units per period"));

        var file = new Argument<FileInfo>("FILE")
        {
            Description = ctx.T("Tệp .csv hoặc .xlsx với các cột unit,data_element,period,value", "A .csv or .xlsx file with columns unit,data_element,period,value"),
        };
        var by = ByOption(ctx);
        var import = new Command("import", ctx.T(
            "Nạp số liệu báo cáo; tệp có lỗi thì không lưu gì và liệt kê từng lỗi (tệp, dòng, cột)",
            "Load reported figures; a file with any error stores nothing and lists each error (file, row, column)")) { file, by };
        import.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            await new ImportUnits(database).LoadBuiltInAsync(ct);
            var result = await new ImportFigures(database, ctx.Clock).ExecuteAsync(parse.GetValue(file)!.FullName, ReportedBy(ctx, parse.GetValue(by)), ct);
            switch (result)
            {
                case ImportFigures.Outcome.Stored s:
                    ctx.Console.MarkupLine(ctx.T(
                        $"Đã nạp {Markup.Escape(s.FileName)}: {s.Rows:N0} dòng — {s.Added:N0} mới, {s.Changed:N0} sửa (giá trị cũ giữ trong lịch sử), {s.Unchanged:N0} không đổi.",
                        $"Loaded {Markup.Escape(s.FileName)}: {s.Rows:N0} rows — {s.Added:N0} new, {s.Changed:N0} corrected (old values kept in the history), {s.Unchanged:N0} unchanged."));
                    return 0;
                case ImportFigures.Outcome.Rejected r:
                    ctx.Fail(ctx.T($"Không lưu số liệu nào: {r.Problems.Count:N0} lỗi trong {r.FileName}.", $"Nothing stored: {r.Problems.Count:N0} errors in {r.FileName}."));
                    foreach (var p in r.Problems.Take(100)) ctx.Error.WriteLine(p.ToString());
                    if (r.Problems.Count > 100) ctx.Error.WriteLine(ctx.T($"… và {r.Problems.Count - 100:N0} lỗi khác", $"… and {r.Problems.Count - 100:N0} more"));
                    return 2;
                default:
                    throw new InvalidOperationException();
            }
        });

        var period = new Option<string>("--period") { Description = ctx.T("Kỳ: 2024, 2024Q4, 2024-11, 2024W47", "Period: 2024, 2024Q4, 2024-11, 2024W47"), Required = true };
        var parent = new Option<string>("--parent") { Description = ctx.T("Đơn vị cấp trên (mã hoặc tên)", "Parent unit (code or name)"), Required = true };
        var elements = new Option<string[]>("--element") { Description = ctx.T("Chỉ tiêu dữ liệu cần báo cáo (mặc định: tất cả)", "Data elements that must be reported (default: any)"), AllowMultipleArgumentsPerToken = true };
        var grace = new Option<int>("--grace-days") { Description = ctx.T("Số ngày sau khi hết kỳ mới tính là chậm", "Days after the period's end before a report is late"), DefaultValueFactory = _ => 5 };
        var missing = new Command("missing", ctx.T("Đơn vị chưa báo cáo số liệu của kỳ, và đã chậm bao lâu", "Units that have not reported a period's figures, and how late they are"))
        {
            period, parent, elements, grace,
        };
        missing.SetAction(async (parse, ct) =>
        {
            var parsedPeriod = Period.Parse(parse.GetValue(period));
            if (!parsedPeriod.Success)
            {
                ctx.Fail("--period: " + ctx.T(parsedPeriod.Problem!.Message.Vietnamese, parsedPeriod.Problem.Message.English));
                return 2;
            }
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            await new ImportUnits(database).LoadBuiltInAsync(ct);
            var units = await UnitDirectory.LoadAsync(database, ct);
            if (units.Resolve(parse.GetValue(parent), parsedPeriod.Value.End) is not UnitResolution.Found found)
            {
                ctx.Fail(units.Resolve(parse.GetValue(parent), parsedPeriod.Value.End).ToString()!);
                return 2;
            }
            var catalogue = await IndicatorStore.LoadCatalogueAsync(database, ct);
            var codes = parse.GetValue(elements) is { Length: > 0 } e ? e : [.. catalogue.Elements.Select(x => x.Code)];
            // An unknown code would match no figure and list every unit as late.
            if (codes.FirstOrDefault(c => catalogue.FindElement(c) is null) is { } unknown)
            {
                ctx.Fail(ctx.T($"--element: không có chỉ tiêu dữ liệu '{unknown}'. Có: {string.Join(", ", catalogue.Elements.Select(x => x.Code))}",
                    $"--element: no data element '{unknown}'. Known: {string.Join(", ", catalogue.Elements.Select(x => x.Code))}"));
                return 2;
            }
            var late = await new IndicatorReports(database, ctx.Clock).NotReportedAsync(found.Unit, parsedPeriod.Value, codes, parse.GetValue(grace), ct);
            var table = new Table().AddColumns(ctx.T("Mã", "Code"), ctx.T("Đơn vị", "Unit"), ctx.T("Hạn báo cáo", "Due"), ctx.T("Số ngày chậm", "Days late"));
            foreach (var u in late)
                table.AddRow(u.Unit.Code, Markup.Escape(u.Unit.Name), u.Due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), u.DaysLate.ToString("N0", CultureInfo.CurrentCulture));
            ctx.Console.MarkupLine(ctx.T(
                $"{Markup.Escape(found.Unit.Name)}, kỳ {parsedPeriod.Value}: {late.Count:N0} đơn vị chưa báo cáo.",
                $"{Markup.Escape(found.Unit.Name)}, period {parsedPeriod.Value}: {late.Count:N0} units have not reported."));
            if (late.Count > 0) ctx.Console.Write(table);
            return 0;
        });

        figures.Subcommands.Add(import);
        figures.Subcommands.Add(missing);
        return figures;
    }

    internal static Option<string?> ByOption(CliContext ctx) => new("--by")
    {
        Description = ctx.T("Người báo cáo (mặc định: người dùng hệ điều hành)", "Who reports (default: the operating-system user)"),
    };

    internal static string ReportedBy(CliContext ctx, string? by) =>
        !string.IsNullOrWhiteSpace(by) ? by.Trim() : ctx.Environment("USER") is { Length: > 0 } user ? user : "cli";
}
