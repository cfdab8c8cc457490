using Microsoft.EntityFrameworkCore.Design;
using SachSong.App.Storage;

namespace SachSong.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the context for generating PostgreSQL migrations.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(Database.Options(new DatabaseSettings(Path.GetTempPath(), DatabaseProvider.Postgres, "Host=localhost;Database=design")));
}
