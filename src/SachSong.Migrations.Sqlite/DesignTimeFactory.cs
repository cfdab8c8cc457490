using Microsoft.EntityFrameworkCore.Design;
using SachSong.App.Storage;

namespace SachSong.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the context for generating SQLite migrations.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(Database.Options(new DatabaseSettings(Path.GetTempPath(), DatabaseProvider.Sqlite, "Data Source=design.db")));
}
