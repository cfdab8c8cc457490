using System.CommandLine;
using System.Globalization;
using SachSong.App.Linkage;
using SachSong.Core.Linkage;
using Spectre.Console;

namespace SachSong.Cli;

/// <summary><c>sachsong match --register R.csv --list L.csv --out OUT.csv</c>: file-to-file matching, no database.</summary>
internal static class MatchCommand
{
    public static Command Create(CliContext ctx)
    {
        var defaults = new RegisterMatchSettings();
        var register = new Option<FileInfo>("--register")
        {
            Description = ctx.T("Tệp CSV sổ dân cư: personal_id,full_name,birth_date,sex,commune_code,address,deceased[,legacy_id]",
                "Register CSV: personal_id,full_name,birth_date,sex,commune_code,address,deceased[,legacy_id]"),
            Required = true,
        };
        var list = new Option<FileInfo>("--list")
        {
            Description = ctx.T("Tệp CSV danh sách: row_id,personal_id,full_name,birth_date,sex,commune_code", "List CSV: row_id,personal_id,full_name,birth_date,sex,commune_code"),
            Required = true,
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = ctx.T("Tệp kết quả: row_id,status,personal_id,score,reasons", "Output file: row_id,status,personal_id,score,reasons"),
            Required = true,
        };
        var matchThreshold = new Option<double>("--match-threshold")
        {
            Description = ctx.T($"Xác suất tối thiểu để khớp (mặc định {defaults.MatchThreshold.ToString(CultureInfo.InvariantCulture)})",
                $"Least match probability to match (default {defaults.MatchThreshold.ToString(CultureInfo.InvariantCulture)})"),
            DefaultValueFactory = _ => defaults.MatchThreshold,
        };
        var reviewThreshold = new Option<double>("--review-threshold")
        {
            Description = ctx.T($"Xác suất tối thiểu để chuyển xem xét (mặc định {defaults.ReviewThreshold.ToString(CultureInfo.InvariantCulture)})",
                $"Least match probability to send to review (default {defaults.ReviewThreshold.ToString(CultureInfo.InvariantCulture)})"),
            DefaultValueFactory = _ => defaults.ReviewThreshold,
        };
        var deceasedReview = new Option<bool>("--deceased-review")
        {
            Description = ctx.T("Người đã mất vào diện xem xét thay vì khớp", "Send deceased people to review instead of matched"),
        };
        var acceptValid = new Option<bool>("--accept-valid")
        {
            Description = ctx.T("Đối sánh với các dòng sổ dân cư hợp lệ dù có dòng bị từ chối", "Match against the valid register rows even when some are rejected"),
        };
        var showModel = new Option<bool>("--show-model") { Description = ctx.T("In mô hình (m, u, trọng số) đã ước lượng", "Print the estimated model (m, u, weights)") };
        var command = new Command("match", ctx.T(
            "Đối sánh một danh sách với sổ dân cư, từ tệp sang tệp (không cần cơ sở dữ liệu)",
            "Match a list against the register, file to file (no database needed)"))
        {
            register, list, output, matchThreshold, reviewThreshold, deceasedReview, acceptValid, showModel,
        };
        command.SetAction(async (parse, ct) =>
        {
            var match = parse.GetValue(matchThreshold);
            var review = parse.GetValue(reviewThreshold);
            if (double.IsNaN(match) || match is < 0 or > 1 || double.IsNaN(review) || review < 0 || review > match)
            {
                ctx.Fail(ctx.T("Ngưỡng phải thoả 0 ≤ --review-threshold ≤ --match-threshold ≤ 1", "Thresholds must satisfy 0 ≤ --review-threshold ≤ --match-threshold ≤ 1"));
                return 2;
            }
            var settings = new RegisterMatchSettings { MatchThreshold = match, ReviewThreshold = review, DeceasedToReview = parse.GetValue(deceasedReview) };
            var result = await new MatchFiles(ctx.Clock).ExecuteAsync(parse.GetValue(register)!.FullName, parse.GetValue(list)!.FullName,
                parse.GetValue(output)!.FullName, settings, parse.GetValue(acceptValid), ct);
            switch (result)
            {
                case MatchFilesResult.Completed c:
                    ctx.Console.MarkupLine(ctx.T(
                        $"Sổ dân cư {c.RegisterPeople:N0} người; danh sách {c.Rows:N0} dòng: [green]{c.Matched:N0} khớp[/], [yellow]{c.Review:N0} cần xem xét[/], [red]{c.Unmatched:N0} không khớp[/].",
                        $"Register {c.RegisterPeople:N0} people; list {c.Rows:N0} rows: [green]{c.Matched:N0} matched[/], [yellow]{c.Review:N0} review[/], [red]{c.Unmatched:N0} unmatched[/]."));
                    ctx.Console.MarkupLine(ctx.T(
                        $"Đọc {c.ReadTime.TotalSeconds:N1} s, đối sánh {c.MatchTime.TotalSeconds:N1} s, ghi {c.WriteTime.TotalSeconds:N1} s.",
                        $"Read {c.ReadTime.TotalSeconds:N1} s, match {c.MatchTime.TotalSeconds:N1} s, write {c.WriteTime.TotalSeconds:N1} s."));
                    if (c.RegisterProblems.Count > 0)
                    {
                        ctx.Fail(ctx.T($"{c.RegisterProblems.Select(p => p.Row).Distinct().Count():N0} dòng sổ dân cư bị bỏ qua:", $"{c.RegisterProblems.Select(p => p.Row).Distinct().Count():N0} register rows left out:"));
                        foreach (var p in c.RegisterProblems.Take(20)) ctx.Error.WriteLine(p.ToString());
                    }
                    if (parse.GetValue(showModel) && c.Model is not null)
                    {
                        ctx.Console.WriteLine(c.Model.Describe());
                        foreach (var line in c.Log) ctx.Console.WriteLine(line);
                    }
                    return 0;
                case MatchFilesResult.Rejected r:
                    ctx.Fail(ctx.T(
                        $"Không đối sánh: {r.RegisterProblemRows:N0} dòng sổ dân cư và {r.ListProblemRows:N0} dòng danh sách có lỗi.{(r.ListProblemRows == 0 ? " Sửa tệp hoặc dùng --accept-valid." : "")}",
                        $"Nothing matched: {r.RegisterProblemRows:N0} register rows and {r.ListProblemRows:N0} list rows have errors.{(r.ListProblemRows == 0 ? " Fix the file or use --accept-valid." : "")}"));
                    foreach (var p in r.Problems.Take(50)) ctx.Error.WriteLine(p.ToString());
                    if (r.Problems.Count > 50) ctx.Error.WriteLine(ctx.T($"… và {r.Problems.Count - 50:N0} lỗi khác", $"… and {r.Problems.Count - 50:N0} more"));
                    return 2;
                case MatchFilesResult.Unreadable u:
                    ctx.Fail(u.Message);
                    return 2;
                default:
                    throw new InvalidOperationException();
            }
        });
        return command;
    }
}
