using System.Text;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Register;
using SachSong.App.Units;

namespace SachSong.App.Storage;

/// <summary>The one database context. Tables and columns are snake_case so bulk SQL reads the same on SQLite and PostgreSQL.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<RegisterChangeRow> RegisterChanges => Set<RegisterChangeRow>();
    public DbSet<UnitRow> Units => Set<UnitRow>();
    public DbSet<CatalogVersionRow> CatalogVersions => Set<CatalogVersionRow>();
    public DbSet<UnitMappingRow> UnitMappings => Set<UnitMappingRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<Citizen>(e =>
        {
            e.ToTable("citizens");
            e.HasKey(c => c.Id);
            e.HasIndex(c => c.PersonalId).IsUnique();
            e.HasIndex(c => c.NameKey);
            e.HasIndex(c => new { c.CatalogVersion, c.CommuneCode });
            e.HasIndex(c => c.LegacyIdNumber);
            e.Property(c => c.PersonalId).HasMaxLength(12);
            e.Property(c => c.FullName).HasMaxLength(200);
            e.Property(c => c.NameKey).HasMaxLength(200);
            e.Property(c => c.BirthRegistrationProvince).HasMaxLength(3);
            e.Property(c => c.CatalogVersion).HasMaxLength(20);
            e.Property(c => c.CommuneCode).HasMaxLength(5);
            e.Property(c => c.Address).HasMaxLength(500);
            e.Property(c => c.HouseholdCode).HasMaxLength(40);
            e.Property(c => c.RelationToHead).HasMaxLength(60);
            e.Property(c => c.LegacyIdNumber).HasMaxLength(9);
            e.Ignore(c => c.BirthDate);
        });

        modelBuilder.Entity<RegisterChangeRow>(e =>
        {
            e.ToTable("register_changes");
            e.HasKey(c => c.Id);
            e.HasIndex(c => c.PersonalId);
            e.HasIndex(c => c.OccurredOn);
            e.Property(c => c.PersonalId).HasMaxLength(12);
            e.Property(c => c.FromCommuneCode).HasMaxLength(5);
            e.Property(c => c.ToCommuneCode).HasMaxLength(5);
            e.Property(c => c.Details).HasMaxLength(1000);
        });

        modelBuilder.Entity<CatalogVersionRow>(e =>
        {
            e.ToTable("catalog_versions");
            e.HasKey(v => v.Id);
            e.Property(v => v.Id).HasMaxLength(20);
            e.Property(v => v.Name).HasMaxLength(200);
        });

        modelBuilder.Entity<UnitRow>(e =>
        {
            e.ToTable("units");
            e.HasKey(u => new { u.Version, u.Code });
            e.HasIndex(u => new { u.Version, u.ParentCode });
            e.HasIndex(u => u.NameKey);
            e.Property(u => u.Version).HasMaxLength(20);
            e.Property(u => u.Code).HasMaxLength(5);
            e.Property(u => u.Name).HasMaxLength(200);
            e.Property(u => u.NameKey).HasMaxLength(200);
            e.Property(u => u.Type).HasMaxLength(60);
            e.Property(u => u.ParentCode).HasMaxLength(5);
        });

        modelBuilder.Entity<UnitMappingRow>(e =>
        {
            e.ToTable("unit_mappings");
            e.HasKey(m => m.Id);
            e.HasIndex(m => new { m.OldVersion, m.OldCode, m.NewVersion, m.NewCode }).IsUnique();
            e.HasIndex(m => new { m.NewVersion, m.NewCode });
            e.Property(m => m.OldVersion).HasMaxLength(20);
            e.Property(m => m.NewVersion).HasMaxLength(20);
            e.Property(m => m.OldCode).HasMaxLength(5);
            e.Property(m => m.NewCode).HasMaxLength(5);
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
                property.SetColumnName(SnakeCase(property.Name));
    }

    internal static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
