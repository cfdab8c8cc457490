using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace SachSong.Cli;

/// <summary>The <c>sachsong</c> command line: one root command, a subcommand per capability.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var lang = Lang.From(args, environment);
        // Numbers and dates the Vietnamese way (1.234; 91,14%; dd/MM/yyyy) unless English was asked for.
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(lang.English ? "en-GB" : "vi-VN");
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            Interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected) console.Profile.Width = 160;
        var context = new CliContext(console, error, lang, environment, TimeProvider.System);

        var databaseOption = new Option<string?>("--database")
        {
            Description = lang.T(
                "Cơ sở dữ liệu: đường dẫn tệp SQLite hoặc chuỗi kết nối PostgreSQL (Host=…). Mặc định: biến SACHSONG_DATABASE, rồi sachsong.db trong thư mục SACHSONG_DATA",
                "Database: a SQLite file path or a PostgreSQL connection string (Host=…). Default: SACHSONG_DATABASE, then sachsong.db in the SACHSONG_DATA folder"),
            Recursive = true,
        };
        var langOption = new Option<string?>("--lang")
        {
            Description = lang.T("Ngôn ngữ: vi (mặc định) hoặc en", "Language: vi (default) or en"),
            Recursive = true,
        };
        var root = new RootCommand(lang.T(
            "SachSong — dữ liệu dân cư Đề án 06: sổ dân cư, đơn vị hành chính, đối sánh và làm sạch danh sách, chỉ số và báo cáo.",
            "SachSong — Project 06 population data: register, administrative units, list matching and cleansing, indicators and reports."));
        root.Options.Add(databaseOption);
        root.Options.Add(langOption);
        root.Subcommands.Add(DemoCommand.Create(context, databaseOption));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(UnitsCommand.Create(context, databaseOption));
        root.Subcommands.Add(RegisterCommand.Create(context, databaseOption));
        root.Subcommands.Add(ListsCommand.Create(context, databaseOption));
        root.Subcommands.Add(MatchCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(FiguresCommand.Create(context, databaseOption));
        root.Subcommands.Add(IndicatorsCommand.Create(context, databaseOption));

        var parsed = root.Parse(args);
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            error.WriteLine(lang.T("Đã huỷ.", "Cancelled."));
            return 130;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            // Infrastructure failure: one message, one exit code; the database transaction has been rolled back.
            error.WriteLine(lang.T($"Lỗi: {e.Message}", $"Error: {e.Message}"));
            return 1;
        }
    }
}
