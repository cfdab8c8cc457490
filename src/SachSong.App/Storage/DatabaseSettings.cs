using Microsoft.Data.Sqlite;

namespace SachSong.App.Storage;

/// <summary>
/// Where SachSong keeps its data, read the same way by every host: the data folder from <c>SACHSONG_DATA</c>
/// (default: a "sachsong" folder in the user's local application data) and the database from <c>--database</c>
/// or <c>SACHSONG_DATABASE</c> (default: sachsong.db in the data folder). A connection string with "Host=" is PostgreSQL;
/// anything else is a SQLite file path or SQLite connection string.
/// </summary>
public sealed record DatabaseSettings(string DataFolder, DatabaseProvider Provider, string ConnectionString)
{
    public const string DataVariable = "SACHSONG_DATA";
    public const string DatabaseVariable = "SACHSONG_DATABASE";

    /// <param name="database">The --database option, if given.</param>
    /// <param name="environment">Reads an environment variable (Environment.GetEnvironmentVariable in hosts).</param>
    public static DatabaseSettings Resolve(string? database, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var dataFolder = environment(DataVariable);
        if (string.IsNullOrWhiteSpace(dataFolder))
            dataFolder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "sachsong");
        dataFolder = Path.GetFullPath(dataFolder);

        var db = string.IsNullOrWhiteSpace(database) ? environment(DatabaseVariable) : database;
        if (string.IsNullOrWhiteSpace(db))
            return new DatabaseSettings(dataFolder, DatabaseProvider.Sqlite, SqliteConnectionString(Path.Combine(dataFolder, "sachsong.db")));
        if (db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
            return new DatabaseSettings(dataFolder, DatabaseProvider.Postgres, db);
        if (db.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
            return new DatabaseSettings(dataFolder, DatabaseProvider.Sqlite, db);
        return new DatabaseSettings(dataFolder, DatabaseProvider.Sqlite, SqliteConnectionString(Path.GetFullPath(db, dataFolder)));
    }

    /// <summary>Where it is, without any password, for messages.</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite: {new SqliteConnectionStringBuilder(ConnectionString).DataSource}"
        : $"PostgreSQL: {string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)))}";

    private static string SqliteConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
}
