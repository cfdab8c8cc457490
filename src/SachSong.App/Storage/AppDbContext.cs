using System.Text;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;
using SachSong.App.Indicators;
using SachSong.App.Lists;
using SachSong.App.Register;
using SachSong.App.Units;

namespace SachSong.App.Storage;

/// <summary>The one database context. Tables and columns are snake_case so bulk SQL reads the same on SQLite and PostgreSQL.</summary>
public sealed class AppDbContext : DbContext
{
    // Read by the query filters below; EF turns them into parameters of every query this context runs.
    private readonly bool _unscoped = true;
    private readonly string _userName = "";
    private readonly string _primaryVersion = "";
    private readonly List<string> _primaryCommunes = [];
    private readonly string _secondaryVersion = "";
    private readonly List<string> _secondaryCommunes = [];
    private readonly List<string> _ownUnits = [];
    private readonly List<string> _visibleUnits = [];

    /// <summary>An unscoped context: the command line, migrations and background work.</summary>
    public AppDbContext(DbContextOptions<AppDbContext> options) : base(options) { }

    /// <summary>A context that sees only what <paramref name="actor"/> may see and writes its audit entries under the actor's name.</summary>
    public AppDbContext(DbContextOptions<AppDbContext> options, Actor actor) : base(options)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Actor = actor;
        var scope = actor.Scope;
        _unscoped = scope.All;
        _userName = actor.UserName;
        _primaryVersion = scope.PrimaryVersion;
        _primaryCommunes = [.. scope.PrimaryCommunes];
        _secondaryVersion = scope.SecondaryVersion;
        _secondaryCommunes = [.. scope.SecondaryCommunes];
        _ownUnits = [.. scope.OwnUnits];
        _visibleUnits = [.. scope.VisibleUnits];
    }

    /// <summary>Who this context acts for; null for unscoped work.</summary>
    public Actor? Actor { get; }

    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<RegisterChangeRow> RegisterChanges => Set<RegisterChangeRow>();
    public DbSet<UnitRow> Units => Set<UnitRow>();
    public DbSet<CatalogVersionRow> CatalogVersions => Set<CatalogVersionRow>();
    public DbSet<UnitMappingRow> UnitMappings => Set<UnitMappingRow>();
    public DbSet<UnitGeometry> UnitGeometries => Set<UnitGeometry>();
    public DbSet<SectoralList> Lists => Set<SectoralList>();
    public DbSet<ListVersion> ListVersions => Set<ListVersion>();
    public DbSet<ListEntry> ListEntries => Set<ListEntry>();
    public DbSet<ListCorrection> ListCorrections => Set<ListCorrection>();
    public DbSet<MatchRound> MatchRounds => Set<MatchRound>();
    public DbSet<MatchHistory> MatchHistory => Set<MatchHistory>();
    public DbSet<RoundCommuneSummary> RoundCommuneSummaries => Set<RoundCommuneSummary>();
    public DbSet<ListTemplate> ListTemplates => Set<ListTemplate>();
    public DbSet<FigureRecord> Figures => Set<FigureRecord>();
    public DbSet<FigureChange> FigureChanges => Set<FigureChange>();
    public DbSet<IndicatorSnapshotRecord> IndicatorSnapshots => Set<IndicatorSnapshotRecord>();
    public DbSet<IndicatorTargetRecord> IndicatorTargets => Set<IndicatorTargetRecord>();
    public DbSet<CustomElementRecord> CustomElements => Set<CustomElementRecord>();
    public DbSet<CustomIndicatorRecord> CustomIndicators => Set<CustomIndicatorRecord>();
    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<UserScopeRow> UserScopes => Set<UserScopeRow>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    /// <summary>Adds an audit entry for this context's actor (or "system"), saved with the next <c>SaveChanges</c>.</summary>
    public void Audit(string action, string subject, string? details, DateTime at)
    {
        var actor = Actor ?? Access.Actor.System;
        AuditLog.Add(new AuditEntry(at, actor.UserName, Core.Access.RolePermissions.Code(actor.Role), action, subject, details, actor.Remote));
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAudit();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAudit();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// The audit log is append-only, and every correction or review decision of a list row is audited with it, whichever
    /// use case made it, so no page can forget.
    /// </summary>
    private void GuardAudit()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log cannot be changed or deleted.");
        foreach (var correction in ChangeTracker.Entries<ListCorrection>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList())
        {
            var action = correction.Field == "review_decision" ? AuditActions.Decide : AuditActions.Correct;
            Audit(action, $"list_entry:{correction.EntryId.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                $"{correction.Field}: {correction.OldValue} → {correction.NewValue}", correction.At);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        // Access scope, in one place for every query: citizens of the actor's communes; lists of their units, above or below, and
        // not restricted to another owner; list rows of their communes (rows without a commune: only for the submitting units).
        modelBuilder.Entity<Citizen>().HasQueryFilter(c => _unscoped
            || (c.CatalogVersion == _primaryVersion && _primaryCommunes.Contains(c.CommuneCode))
            || (c.CatalogVersion == _secondaryVersion && _secondaryCommunes.Contains(c.CommuneCode)));
        modelBuilder.Entity<SectoralList>().HasQueryFilter(l => (!l.Restricted || l.CreatedBy == _userName || _userName == "")
            && (_unscoped || (l.UnitVersion == _primaryVersion && _visibleUnits.Contains(l.UnitCode))));
        modelBuilder.Entity<ListEntry>().HasQueryFilter(x => Set<SectoralList>().Any(l => l.Id == x.ListId)
            && (_unscoped
                || (x.CommuneCode != null && Set<SectoralList>().Any(l => l.Id == x.ListId
                    && ((l.UnitVersion == _primaryVersion && _primaryCommunes.Contains(x.CommuneCode))
                        || (l.UnitVersion == _secondaryVersion && _secondaryCommunes.Contains(x.CommuneCode)))))
                || (x.CommuneCode == null && Set<SectoralList>().Any(l => l.Id == x.ListId && l.UnitVersion == _primaryVersion && _ownUnits.Contains(l.UnitCode)))));

        modelBuilder.Entity<UserAccount>(e =>
        {
            e.ToTable("users");
            e.HasKey(u => u.Id);
            e.HasIndex(u => u.UserName).IsUnique();
            e.Property(u => u.UserName).HasMaxLength(100);
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.Role).HasMaxLength(40);
            e.Property(u => u.Agency).HasMaxLength(200);
            e.Property(u => u.PasswordHash).HasMaxLength(200);
            e.Ignore(u => u.RoleValue);
            e.HasMany(u => u.Scopes).WithOne().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<UserScopeRow>(e =>
        {
            e.ToTable("user_scopes");
            e.HasKey(s => s.Id);
            e.HasIndex(s => new { s.UserId, s.CatalogVersion, s.UnitCode }).IsUnique();
            e.Property(s => s.CatalogVersion).HasMaxLength(20);
            e.Property(s => s.UnitCode).HasMaxLength(5);
        });

        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_log");
            e.HasKey(a => a.Id);
            e.HasIndex(a => a.At);
            e.HasIndex(a => new { a.UserName, a.At });
            e.HasIndex(a => new { a.Subject, a.At });
            e.Property(a => a.UserName).HasMaxLength(100);
            e.Property(a => a.Role).HasMaxLength(40);
            e.Property(a => a.Action).HasMaxLength(40);
            e.Property(a => a.Subject).HasMaxLength(200);
            e.Property(a => a.Details).HasMaxLength(1000);
            e.Property(a => a.Remote).HasMaxLength(64);
        });

        modelBuilder.Entity<ApiKeyRecord>(e =>
        {
            e.ToTable("api_keys");
            e.HasKey(k => k.Id);
            e.HasIndex(k => k.Hash).IsUnique();
            e.HasOne(k => k.User).WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
            e.Property(k => k.Name).HasMaxLength(200);
            e.Property(k => k.Prefix).HasMaxLength(20);
            e.Property(k => k.Hash).HasMaxLength(64);
            e.Property(k => k.CreatedBy).HasMaxLength(100);
        });

        modelBuilder.Entity<FigureRecord>(e =>
        {
            e.ToTable("figures");
            e.HasKey(f => f.Id);
            e.HasIndex(f => new { f.CatalogVersion, f.UnitCode, f.ElementCode, f.Period }).IsUnique();
            e.HasIndex(f => new { f.Period, f.ElementCode });
            e.Property(f => f.CatalogVersion).HasMaxLength(20);
            e.Property(f => f.UnitCode).HasMaxLength(5);
            e.Property(f => f.ElementCode).HasMaxLength(100);
            e.Property(f => f.Period).HasMaxLength(10);
            e.Property(f => f.ReportedBy).HasMaxLength(100);
            e.Property(f => f.Source).HasMaxLength(300);
        });

        modelBuilder.Entity<FigureChange>(e =>
        {
            e.ToTable("figure_history");
            e.HasKey(c => c.Id);
            e.HasIndex(c => c.FigureId);
            e.HasOne(c => c.Figure).WithMany().HasForeignKey(c => c.FigureId);
            e.Property(c => c.ChangedBy).HasMaxLength(100);
            e.Property(c => c.Source).HasMaxLength(300);
        });

        modelBuilder.Entity<IndicatorSnapshotRecord>(e =>
        {
            e.ToTable("indicator_snapshots");
            e.HasKey(s => s.Id);
            e.HasIndex(s => new { s.CatalogVersion, s.UnitCode, s.IndicatorCode, s.Period, s.TakenOn }).IsUnique();
            e.Property(s => s.CatalogVersion).HasMaxLength(20);
            e.Property(s => s.UnitCode).HasMaxLength(5);
            e.Property(s => s.IndicatorCode).HasMaxLength(100);
            e.Property(s => s.Period).HasMaxLength(10);
        });

        modelBuilder.Entity<IndicatorTargetRecord>(e =>
        {
            e.ToTable("indicator_targets");
            e.HasKey(t => t.Id);
            e.HasIndex(t => new { t.IndicatorCode, t.UnitCode, t.Period }).IsUnique();
            e.Property(t => t.IndicatorCode).HasMaxLength(100);
            e.Property(t => t.UnitCode).HasMaxLength(5);
            e.Property(t => t.Period).HasMaxLength(10);
            e.Property(t => t.Percent).HasPrecision(9, 4);
            e.Property(t => t.SetBy).HasMaxLength(100);
        });

        modelBuilder.Entity<CustomElementRecord>(e =>
        {
            e.ToTable("data_elements");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(100);
            e.Property(x => x.NameVi).HasMaxLength(300);
            e.Property(x => x.NameEn).HasMaxLength(300);
            e.Property(x => x.HeaderVi).HasMaxLength(100);
            e.Property(x => x.HeaderEn).HasMaxLength(100);
            e.Property(x => x.PartOf).HasMaxLength(100);
        });

        modelBuilder.Entity<CustomIndicatorRecord>(e =>
        {
            e.ToTable("indicators");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(100);
            e.Property(x => x.NameVi).HasMaxLength(300);
            e.Property(x => x.NameEn).HasMaxLength(300);
            e.Property(x => x.HeaderVi).HasMaxLength(100);
            e.Property(x => x.HeaderEn).HasMaxLength(100);
            e.Property(x => x.Numerator).HasMaxLength(1000);
            e.Property(x => x.Denominator).HasMaxLength(1000);
            e.Property(x => x.TargetPercent).HasPrecision(9, 4);
        });

        modelBuilder.Entity<Citizen>(e =>
        {
            e.ToTable("citizens");
            e.HasKey(c => c.Id);
            e.HasIndex(c => c.PersonalId).IsUnique();
            // (name, year) seeks "nguyen thi lan 1990" directly and still serves the name-prefix search.
            e.HasIndex(c => new { c.NameKey, c.BirthYear });
            e.HasIndex(c => new { c.CatalogVersion, c.CommuneCode });
            e.HasIndex(c => c.LegacyIdNumber);
            e.HasIndex(c => c.HouseholdCode);
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

        modelBuilder.Entity<UnitGeometry>(e =>
        {
            e.ToTable("unit_geometries");
            e.HasKey(g => new { g.Version, g.Code });
            e.Property(g => g.Version).HasMaxLength(20);
            e.Property(g => g.Code).HasMaxLength(5);
            e.Property(g => g.Source).HasMaxLength(300);
        });

        modelBuilder.Entity<SectoralList>(e =>
        {
            e.ToTable("lists");
            e.HasKey(l => l.Id);
            e.HasIndex(l => new { l.Program, l.UnitCode });
            e.Property(l => l.Program).HasMaxLength(60);
            e.Property(l => l.Title).HasMaxLength(300);
            e.Property(l => l.UnitVersion).HasMaxLength(20);
            e.Property(l => l.UnitCode).HasMaxLength(5);
            e.Property(l => l.CreatedBy).HasMaxLength(100);
        });

        modelBuilder.Entity<ListVersion>(e =>
        {
            e.ToTable("list_versions");
            e.HasKey(v => v.Id);
            e.HasIndex(v => new { v.ListId, v.Number }).IsUnique();
            e.Property(v => v.FileName).HasMaxLength(300);
            e.Property(v => v.TemplateSignature).HasMaxLength(100);
            e.Property(v => v.ImportedBy).HasMaxLength(100);
        });

        modelBuilder.Entity<ListEntry>(e =>
        {
            e.ToTable("list_entries");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ListId, x.RowKey }).IsUnique();
            e.HasIndex(x => new { x.ListId, x.CommuneCode });
            e.HasIndex(x => x.MatchedPersonalId);
            e.Property(x => x.RowKey).HasMaxLength(100);
            e.Property(x => x.Sheet).HasMaxLength(100);
            e.Property(x => x.PersonalId).HasMaxLength(40);
            e.Property(x => x.FullName).HasMaxLength(200);
            e.Property(x => x.BirthDate).HasMaxLength(40);
            e.Property(x => x.Sex).HasMaxLength(20);
            e.Property(x => x.CommuneCode).HasMaxLength(5);
            e.Property(x => x.Village).HasMaxLength(200);
            e.Property(x => x.MatchedPersonalId).HasMaxLength(12);
            e.Property(x => x.Reasons).HasMaxLength(300);
            e.Property(x => x.ReviewDecision).HasMaxLength(12);
            e.Ignore(x => x.Values);
            e.Ignore(x => x.ReasonList);
            e.Ignore(x => x.CandidateIds);
            e.Property(x => x.Candidates).HasMaxLength(80);
        });

        modelBuilder.Entity<ListCorrection>(e =>
        {
            e.ToTable("list_corrections");
            e.HasKey(c => c.Id);
            e.HasIndex(c => c.EntryId);
            e.Property(c => c.Field).HasMaxLength(40);
            e.Property(c => c.OldValue).HasMaxLength(300);
            e.Property(c => c.NewValue).HasMaxLength(300);
            e.Property(c => c.By).HasMaxLength(100);
            e.Property(c => c.Note).HasMaxLength(1000);
        });

        modelBuilder.Entity<MatchRound>(e =>
        {
            e.ToTable("match_rounds");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.ListId, r.Number }).IsUnique();
            e.Property(r => r.By).HasMaxLength(100);
        });

        modelBuilder.Entity<MatchHistory>(e =>
        {
            e.ToTable("match_history");
            e.HasKey(h => h.Id);
            e.HasIndex(h => h.EntryId);
            e.HasIndex(h => h.RoundId);
            e.Property(h => h.PersonalId).HasMaxLength(12);
            e.Property(h => h.Reasons).HasMaxLength(300);
        });

        modelBuilder.Entity<RoundCommuneSummary>(e =>
        {
            e.ToTable("round_commune_summaries");
            e.HasKey(s => s.Id);
            e.HasIndex(s => s.RoundId);
            e.Property(s => s.CommuneCode).HasMaxLength(5);
        });

        modelBuilder.Entity<ListTemplate>(e =>
        {
            e.ToTable("list_templates");
            e.HasKey(t => t.Signature);
            e.Property(t => t.Signature).HasMaxLength(100);
            e.Property(t => t.UpdatedBy).HasMaxLength(100);
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
