using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;

namespace SachSong.App.Storage;

/// <summary>Creates contexts for the configured database and brings its schema up to date.</summary>
public sealed class Database(DatabaseSettings settings, Actor? actor = null)
{
    public const string SqliteMigrations = "SachSong.Migrations.Sqlite";
    public const string PostgresMigrations = "SachSong.Migrations.Postgres";

    public DatabaseSettings Settings { get; } = settings;

    public static DbContextOptions<AppDbContext> Options(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        if (settings.Provider == DatabaseProvider.Sqlite)
            builder.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(SqliteMigrations).CommandTimeout(600)).AddInterceptors(SqlitePragmas.Instance);
        else
            builder.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(PostgresMigrations).CommandTimeout(600));
        return builder.Options;
    }

    /// <summary>Who the contexts act for; null for unscoped work (the command line).</summary>
    public Actor? Actor { get; } = actor;

    /// <summary>The same database seen by <paramref name="actor"/>: every context it creates applies the actor's scope and audits under their name.</summary>
    public Database For(Actor actor) => new(Settings, actor);

    public AppDbContext CreateContext() => Actor is null ? new(Options(Settings)) : new(Options(Settings), Actor);

    /// <summary>Creates the data folder (for SQLite) and applies pending migrations.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (Settings.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(Settings.ConnectionString).DataSource;
            var dir = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        await using var db = CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
        if (Settings.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
