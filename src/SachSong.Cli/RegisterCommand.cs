using System.CommandLine;
using System.Text;
using SachSong.App.Register;
using SachSong.App.Units;
using SachSong.Core.Text;
using SachSong.Core.Units;
using Spectre.Console;

namespace SachSong.Cli;

/// <summary><c>sachsong register import|export</c>.</summary>
internal static class RegisterCommand
{
    public static Command Create(CliContext ctx, Option<string?> databaseOption)
    {
        var register = new Command("register", ctx.T("Sổ dân cư: nạp và xuất dữ liệu công dân", "Population register: load and export citizens"));

        var file = new Argument<FileInfo>("FILE") { Description = ctx.T("Tệp .csv hoặc .xlsx với các cột personal_id,full_name,birth_date,sex,commune_code,address,deceased", "A .csv or .xlsx file with columns personal_id,full_name,birth_date,sex,commune_code,address,deceased") };
        var catalogue = new Option<string>("--catalogue")
        {
            Description = ctx.T("Phiên bản danh mục của mã xã trong tệp (2025-03: trước 1/7/2025; 2025-07: sau)", "Catalogue version of the file's commune codes (2025-03: before 1/7/2025; 2025-07: after)"),
            DefaultValueFactory = _ => CatalogVersion.ThreeTier.Id,
        };
        var acceptValid = new Option<bool>("--accept-valid") { Description = ctx.T("Ghi các dòng hợp lệ dù có dòng bị từ chối", "Write the valid rows even when some rows are rejected") };
        var report = new Option<FileInfo?>("--report") { Description = ctx.T("Ghi báo cáo các dòng bị từ chối ra tệp CSV", "Write the rejected rows' report to a CSV file") };
        var import = new Command("import", ctx.T("Nạp (thêm hoặc cập nhật theo số định danh) công dân từ tệp", "Load citizens from a file (insert or update by personal ID)"))
        {
            file, catalogue, acceptValid, report,
        };
        import.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            await new ImportUnits(database).LoadBuiltInAsync(ct);
            var path = parse.GetValue(file)!.FullName;
            var useCase = new ImportRegister(database, ctx.Clock);
            var result = await ctx.WithProgressAsync(ctx.T("Đang nạp sổ dân cư", "Loading the register"),
                p => useCase.ExecuteAsync(path, parse.GetValue(catalogue)!, parse.GetValue(acceptValid), p, ct));
            IReadOnlyList<RowProblem> problems = [];
            int exit;
            switch (result)
            {
                case RegisterImportResult.Completed c:
                    ctx.Console.MarkupLine(ctx.T(
                        $"Đã đọc {c.RowsRead:N0} dòng: [green]{c.Inserted:N0} thêm mới[/], {c.Updated:N0} cập nhật, [red]{c.Problems.Select(p => p.Row).Distinct().Count():N0} dòng bị từ chối[/].",
                        $"Read {c.RowsRead:N0} rows: [green]{c.Inserted:N0} inserted[/], {c.Updated:N0} updated, [red]{c.Problems.Select(p => p.Row).Distinct().Count():N0} rows rejected[/]."));
                    problems = c.Problems;
                    exit = 0;
                    break;
                case RegisterImportResult.Rejected r:
                    ctx.Fail(ctx.T(
                        $"Không ghi gì: {r.Problems.Select(p => p.Row).Distinct().Count():N0} trong {r.RowsRead:N0} dòng có lỗi. Sửa tệp hoặc dùng --accept-valid.",
                        $"Nothing written: {r.Problems.Select(p => p.Row).Distinct().Count():N0} of {r.RowsRead:N0} rows have errors. Fix the file or use --accept-valid."));
                    problems = r.Problems;
                    exit = 2;
                    break;
                case RegisterImportResult.Unreadable u:
                    ctx.Fail(u.Message);
                    return 2;
                default:
                    throw new InvalidOperationException();
            }
            foreach (var p in problems.Take(50)) ctx.Error.WriteLine(p.ToString());
            if (problems.Count > 50) ctx.Error.WriteLine(ctx.T($"… và {problems.Count - 50:N0} lỗi khác", $"… and {problems.Count - 50:N0} more"));
            if (parse.GetValue(report) is { } reportFile) await WriteReportAsync(reportFile.FullName, problems, ct);
            return exit;
        });

        var output = new Option<FileInfo?>("--out") { Description = ctx.T("Tệp CSV đầu ra (mặc định: màn hình)", "Output CSV file (default: standard output)") };
        var allColumns = new Option<bool>("--all-columns") { Description = ctx.T("Thêm các cột hộ, thẻ căn cước, định danh điện tử", "Add the household, identity card and e-ID columns") };
        var commune = new Option<string?>("--commune") { Description = ctx.T("Chỉ xuất một xã (mã 5 chữ số)", "Export one commune only (5-digit code)") };
        var export = new Command("export", ctx.T("Xuất sổ dân cư ra CSV cùng định dạng", "Export the register as CSV in the same format")) { output, allColumns, commune };
        export.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            var useCase = new ExportRegister(database);
            if (parse.GetValue(output) is { } outFile)
            {
                await using var writer = new StreamWriter(outFile.FullName, false, new UTF8Encoding(false));
                var n = await useCase.ExecuteAsync(writer, parse.GetValue(allColumns), parse.GetValue(commune), ct);
                ctx.Console.MarkupLine(ctx.T($"Đã xuất {n:N0} công dân ra {Markup.Escape(outFile.FullName)}", $"Exported {n:N0} citizens to {Markup.Escape(outFile.FullName)}"));
            }
            else
            {
                await useCase.ExecuteAsync(parse.InvocationConfiguration.Output, parse.GetValue(allColumns), parse.GetValue(commune), ct);
            }
            return 0;
        });

        var changesFile = new Argument<FileInfo>("FILE") { Description = ctx.T("Tệp CSV biến động: personal_id,kind,occurred_on,from_commune_code,to_commune_code,details", "Changes CSV: personal_id,kind,occurred_on,from_commune_code,to_commune_code,details") };
        var changes = new Command("import-changes", ctx.T("Nạp biến động dân cư (sinh, mất, chuyển đi, điều chỉnh) và áp dụng vào sổ", "Load register change events (birth, death, move, correction) and apply them"))
        {
            changesFile, catalogue,
        };
        changes.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            await new ImportUnits(database).LoadBuiltInAsync(ct);
            var result = await new ImportRegisterChanges(database, ctx.Clock).ExecuteAsync(parse.GetValue(changesFile)!.FullName, parse.GetValue(catalogue)!, ct);
            switch (result)
            {
                case RegisterImportResult.Completed c:
                    ctx.Console.MarkupLine(ctx.T($"Đã nạp {c.Inserted:N0} biến động.", $"Loaded {c.Inserted:N0} change events."));
                    return 0;
                case RegisterImportResult.Rejected r:
                    ctx.Fail(ctx.T($"Không ghi gì: {r.Problems.Count:N0} lỗi.", $"Nothing written: {r.Problems.Count:N0} problems."));
                    foreach (var p in r.Problems.Take(50)) ctx.Error.WriteLine(p.ToString());
                    return 2;
                case RegisterImportResult.Unreadable u:
                    ctx.Fail(u.Message);
                    return 2;
                default:
                    throw new InvalidOperationException();
            }
        });

        register.Subcommands.Add(import);
        register.Subcommands.Add(changes);
        register.Subcommands.Add(export);
        return register;
    }

    private static async Task WriteReportAsync(string path, IReadOnlyList<RowProblem> problems, CancellationToken ct)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        var csv = new CsvWriter(writer);
        csv.WriteRecord("file", "sheet", "row", "column", "problem");
        foreach (var p in problems) csv.WriteRecord(p.File, p.Sheet, p.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Column, p.Message);
        await writer.FlushAsync(ct);
    }
}
