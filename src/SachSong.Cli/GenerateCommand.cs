using System.CommandLine;
using SachSong.App.Demo;
using SachSong.Core.Synthetic;
using Spectre.Console;

namespace SachSong.Cli;

/// <summary><c>sachsong generate --people N --seed S [--out DIR]</c>: a synthetic district as files.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext ctx)
    {
        var people = new Option<int>("--people") { Description = ctx.T("Số người", "Number of people"), Required = true };
        var seed = new Option<int>("--seed") { Description = ctx.T("Hạt giống ngẫu nhiên: cùng hạt giống cho cùng kết quả", "Random seed: the same seed gives the same output"), DefaultValueFactory = _ => 1 };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = ctx.T("Thư mục ghi kết quả (mặc định: ./synthetic)", "Output folder (default: ./synthetic)"),
            DefaultValueFactory = _ => new DirectoryInfo("synthetic"),
        };
        var command = new Command("generate", ctx.T(
            "Sinh dân cư giả lập của huyện mẫu (Bình Sơn) và các danh sách chuyên ngành có lỗi kèm đáp án",
            "Generate a synthetic population of the built-in district (Bình Sơn) and sectoral lists with errors and ground truth"))
        {
            people, seed, output,
        };
        command.SetAction((parse, ct) =>
        {
            var n = parse.GetValue(people);
            if (n <= 0)
            {
                ctx.Fail(ctx.T("--people phải lớn hơn 0", "--people must be greater than 0"));
                return Task.FromResult(2);
            }
            var dir = parse.GetValue(output)!.FullName;
            var district = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = n, Seed = parse.GetValue(seed) });
            DemoDistrict.WriteFiles(district, dir);
            ctx.Console.MarkupLine(ctx.T(
                $"Đã sinh {district.Citizens.Count:N0} người, {district.Changes.Count:N0} biến động, {district.Lists.Count} danh sách vào {Markup.Escape(dir)}",
                $"Generated {district.Citizens.Count:N0} people, {district.Changes.Count:N0} changes, {district.Lists.Count} lists into {Markup.Escape(dir)}"));
            foreach (var list in district.Lists)
                ctx.Console.MarkupLine($"  lists/{list.Program}.csv: {list.Rows.Count:N0}");
            return Task.FromResult(0);
        });
        return command;
    }
}
