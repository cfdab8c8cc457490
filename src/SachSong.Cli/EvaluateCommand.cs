using System.CommandLine;
using SachSong.App.Linkage;
using SachSong.Core.Linkage;
using SachSong.Core.Synthetic;
using Spectre.Console;

namespace SachSong.Cli;

/// <summary>
/// <c>sachsong evaluate [--people N] [--seed S] [--febrl DIR]</c>: precision, recall, F1 of <c>matched</c> and the share
/// sent to review, on a generated district (every error type on) and on FEBRL4.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext ctx)
    {
        var people = new Option<int>("--people") { Description = ctx.T("Số người của huyện sinh ra (mặc định 100000)", "People in the generated district (default 100000)"), DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = ctx.T("Hạt giống ngẫu nhiên", "Random seed"), DefaultValueFactory = _ => 1 };
        var febrl = new Option<DirectoryInfo?>("--febrl")
        {
            Description = ctx.T("Thư mục chứa dataset4a.csv và dataset4b.csv (mặc định: tìm ../shared/data/linkage/febrl)",
                "Folder with dataset4a.csv and dataset4b.csv (default: look for ../shared/data/linkage/febrl)"),
        };
        var data = new Option<DirectoryInfo?>("--data") { Description = ctx.T("Thư mục shared/data (thay cho --febrl)", "The shared/data folder (instead of --febrl)") };
        var showModel = new Option<bool>("--show-model") { Description = ctx.T("In các mô hình đã ước lượng", "Print the estimated models") };
        var command = new Command("evaluate", ctx.T(
            "Đo độ chính xác của đối sánh: dữ liệu sinh có đáp án và FEBRL4",
            "Measure matching accuracy: generated lists with ground truth, and FEBRL4"))
        {
            people, seed, febrl, data, showModel,
        };
        command.SetAction((parse, ct) =>
        {
            var n = parse.GetValue(people);
            if (n is < 1 or > 5_000_000)
            {
                ctx.Fail(ctx.T("--people phải trong khoảng 1 đến 5.000.000", "--people must be within 1 to 5,000,000"));
                return Task.FromResult(2);
            }
            var settings = new RegisterMatchSettings();
            ctx.Console.MarkupLine(ctx.T(
                $"Ngưỡng: khớp ≥ {settings.MatchThreshold}, xem xét ≥ {settings.ReviewThreshold}. Đếm: mỗi người thật trong danh sách là một liên kết; dòng trùng lần hai không tính; người ngoài sổ khớp nhầm là dương tính giả.",
                $"Thresholds: match ≥ {settings.MatchThreshold}, review ≥ {settings.ReviewThreshold}. Counting: each true person of a list is one link; a second copy is not counted; an outsider matched is a false positive."));
            ctx.Console.MarkupLine(ctx.T($"[bold]Dữ liệu sinh[/] ({n:N0} người, hạt giống {parse.GetValue(seed)}, mọi loại lỗi):", $"[bold]Generated district[/] ({n:N0} people, seed {parse.GetValue(seed)}, every error type):"));
            var district = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = n, Seed = parse.GetValue(seed) });
            var report = SyntheticEvaluation.Run(district, settings);
            foreach (var line in SyntheticEvaluation.Format(report)) ctx.Console.WriteLine(line);

            var dir = parse.GetValue(febrl)?.FullName
                ?? (parse.GetValue(data) is { } d ? Path.Combine(d.FullName, "linkage", "febrl") : FindFebrl());
            if (dir is null || !File.Exists(Path.Combine(dir, "dataset4a.csv")) || !File.Exists(Path.Combine(dir, "dataset4b.csv")))
            {
                ctx.Fail(ctx.T(
                    $"Bỏ qua FEBRL4: không thấy dataset4a.csv và dataset4b.csv{(dir is null ? " (không tìm thấy ../shared/data/linkage/febrl)" : " trong " + dir)}. Dùng --febrl DIR.",
                    $"FEBRL4 skipped: dataset4a.csv and dataset4b.csv not found{(dir is null ? " (no ../shared/data/linkage/febrl found)" : " in " + dir)}. Use --febrl DIR."));
                return Task.FromResult(0);
            }
            var febrlResult = FebrlEvaluation.Run(dir, settings.MatchThreshold, settings.ReviewThreshold);
            ctx.Console.MarkupLine(ctx.T("[bold]FEBRL4[/] (5.000 × 5.000, không dùng nhãn để huấn luyện):", "[bold]FEBRL4[/] (5,000 × 5,000, no labels used for training):"));
            ctx.Console.WriteLine(FebrlEvaluation.Format(febrlResult.Metrics));
            if (parse.GetValue(showModel))
            {
                foreach (var line in febrlResult.Log) ctx.Console.WriteLine(line);
                ctx.Console.WriteLine(febrlResult.Model.Describe());
            }
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>Looks for shared/data/linkage/febrl in the current folder's ancestors and the program's.</summary>
    private static string? FindFebrl()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", "linkage", "febrl");
                if (Directory.Exists(candidate)) return candidate;
            }
        return null;
    }
}
