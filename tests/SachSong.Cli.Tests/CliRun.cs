namespace SachSong.Cli.Tests;

/// <summary>Runs the sachsong root command in process against a temporary data folder and captures its output.</summary>
internal sealed class CliRun : IDisposable
{
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("sachsong-cli-").FullName;

    public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error,
            name => name switch { "SACHSONG_DATA" => DataFolder, _ => null },
            TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    public string PathOf(string name) => Path.Combine(DataFolder, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (IOException) { /* the OS cleans temp */ }
    }
}
