using Npgsql;
using SachSong.App.Storage;

namespace SachSong.App.Tests;

/// <summary>
/// A fresh, migrated database per test: a temporary SQLite file, or a uniquely named PostgreSQL database on the server
/// named by SACHSONG_TEST_POSTGRES (the PostgreSQL case is skipped, visibly, when the variable is not set).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SACHSONG_TEST_POSTGRES";

    private readonly string? _sqliteFolder;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(Database database, string? sqliteFolder, string? postgresAdmin, string? postgresName)
    {
        Database = database;
        _sqliteFolder = sqliteFolder;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public Database Database { get; }

    public DatabaseSettings Settings => Database.Settings;

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        if (provider == "sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("sachsong-test-").FullName;
            var settings = DatabaseSettings.Resolve(null, name => name == DatabaseSettings.DataVariable ? folder : null);
            var database = new Database(settings);
            await database.MigrateAsync(ct);
            return new TestDatabase(database, folder, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(admin), $"{PostgresVariable} is not set: no PostgreSQL server for this run");
        var name = "sachsong_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        var pgSettings = new DatabaseSettings(Path.GetTempPath(), DatabaseProvider.Postgres, builder.ConnectionString);
        var pg = new Database(pgSettings);
        await pg.MigrateAsync(ct);
        return new TestDatabase(pg, null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_sqliteFolder, recursive: true); }
            catch (IOException) { /* a file still open on a slow runner: the OS cleans temp */ }
        }
        if (_postgresAdmin is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
