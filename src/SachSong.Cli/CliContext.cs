using SachSong.App.Storage;
using Spectre.Console;

namespace SachSong.Cli;

/// <summary>What every command needs: the consoles, the language, the environment and the database settings.</summary>
internal sealed class CliContext(IAnsiConsole console, TextWriter error, Lang lang, Func<string, string?> environment, TimeProvider clock)
{
    public IAnsiConsole Console { get; } = console;
    public TextWriter Error { get; } = error;
    public Lang Lang { get; } = lang;
    public Func<string, string?> Environment { get; } = environment;
    public TimeProvider Clock { get; } = clock;

    public string T(string vietnamese, string english) => Lang.T(vietnamese, english);

    /// <summary>Resolves the database and applies migrations.</summary>
    public async Task<Database> OpenDatabaseAsync(string? databaseOption, CancellationToken cancellationToken)
    {
        var database = new Database(DatabaseSettings.Resolve(databaseOption, Environment));
        await database.MigrateAsync(cancellationToken);
        return database;
    }

    /// <summary>Runs work with a progress bar (plain lines when output is redirected).</summary>
    public async Task<T> WithProgressAsync<T>(string title, Func<IProgress<int>, Task<T>> work, int? total = null)
    {
        if (!Console.Profile.Capabilities.Interactive)
            return await work(new Progress<int>(_ => { }));
        T result = default!;
        await Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(title), maxValue: total ?? 100);
                if (total is null) task.IsIndeterminate = true;
                result = await work(new Progress<int>(n => task.Value = Math.Min(n, task.MaxValue)));
                task.Value = task.MaxValue;
            });
        return result;
    }

    public void Fail(string message) => Error.WriteLine(message);
}
