using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Register;
using SachSong.App.Units;
using SachSong.App.Demo;
using Spectre.Console;

namespace SachSong.Cli;

/// <summary>
/// <c>sachsong demo</c>: creates the database, loads the built-in units and, on first run, fills the register with the
/// synthetic district; then prints a per-commune summary.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext ctx, Option<string?> databaseOption)
    {
        var people = new Option<int>("--people") { Description = ctx.T("Số người của huyện mẫu", "People in the demo district"), DefaultValueFactory = _ => 150_000 };
        var seed = new Option<int>("--seed") { Description = ctx.T("Hạt giống ngẫu nhiên", "Random seed"), DefaultValueFactory = _ => 2024 };
        var command = new Command("demo", ctx.T(
            "Tạo cơ sở dữ liệu, nạp danh mục có sẵn, sinh huyện mẫu (lần chạy đầu) và in tóm tắt",
            "Create the database, load the built-in units, generate the demo district (first run) and print a summary"))
        {
            people, seed,
        };
        command.SetAction(async (parse, ct) =>
        {
            var started = ctx.Clock.GetTimestamp();
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            ctx.Console.MarkupLine(ctx.T($"Cơ sở dữ liệu: {Markup.Escape(database.Settings.Describe())}", $"Database: {Markup.Escape(database.Settings.Describe())}"));
            await new ImportUnits(database).LoadBuiltInAsync(ct);

            var n = parse.GetValue(people);
            var demo = new DemoDistrict(database, ctx.Clock);
            var written = await ctx.WithProgressAsync(ctx.T("Đang sinh và nạp huyện mẫu vào sổ dân cư", "Generating and loading the demo district into the register"),
                p => demo.LoadIfEmptyAsync(n, parse.GetValue(seed), p, ct), n);
            if (written > 0)
            {
                ctx.Console.MarkupLine(ctx.T(
                    $"Đã sinh và nạp {written:N0} người; danh sách mẫu ở {Markup.Escape(demo.ListFolder)}",
                    $"Generated and loaded {written:N0} people; sample lists in {Markup.Escape(demo.ListFolder)}"));
            }
            else
            {
                ctx.Console.MarkupLine(ctx.T("Sổ dân cư đã có dữ liệu, không sinh lại.", "The register already has data; not generating again."));
            }

            var summary = await new SummarizeRegister(database).ExecuteAsync(ct);
            var table = new Table().Title(ctx.T("Sổ dân cư theo xã", "Register by commune"))
                .AddColumns(ctx.T("Mã", "Code"), ctx.T("Xã, thị trấn", "Commune"), ctx.T("Nhân khẩu", "People"), ctx.T("Còn sống", "Living"),
                    ctx.T("Có thẻ căn cước", "ID card"), ctx.T("Định danh mức 2", "e-ID level 2"), ctx.T("Đã kích hoạt", "Activated"));
            foreach (var c in summary)
                table.AddRow(c.CommuneCode, Markup.Escape(c.CommuneName), N(c.People), N(c.Living), N(c.WithIdCard), N(c.EidLevel2), N(c.EidActivated));
            table.AddRow("", ctx.T("[bold]Tổng[/]", "[bold]Total[/]"), N(summary.Sum(c => c.People)), N(summary.Sum(c => c.Living)),
                N(summary.Sum(c => c.WithIdCard)), N(summary.Sum(c => c.EidLevel2)), N(summary.Sum(c => c.EidActivated)));
            ctx.Console.Write(table);
            ctx.Console.MarkupLine(ctx.T(
                $"Xong trong {ctx.Clock.GetElapsedTime(started).TotalSeconds.ToString("N1", CultureInfo.CurrentCulture)} giây.",
                $"Done in {ctx.Clock.GetElapsedTime(started).TotalSeconds.ToString("N1", CultureInfo.CurrentCulture)} s."));
            return 0;
        });
        return command;
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.CurrentCulture);
}
