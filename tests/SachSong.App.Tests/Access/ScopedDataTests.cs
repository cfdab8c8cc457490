using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;
using SachSong.App.Lists;
using SachSong.App.Register;
using SachSong.App.Units;
using SachSong.Core.Access;
using SachSong.Core.Register;
using SachSong.Core.Text;
using SachSong.Core.Units;

namespace SachSong.App.Tests.Access;

/// <summary>The access scope applied by the database context to every query, on both providers.</summary>
public sealed class ScopedDataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string InBinhLong = PersonalId.Create("051", Sex.Male, 1980, 11).Value;
    private static readonly string InChauO = PersonalId.Create("051", Sex.Female, 1975, 22).Value;
    private static readonly string Elsewhere = PersonalId.Create("001", Sex.Male, 1990, 33).Value;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Citizens_CommuneScope_SeesOnlyItsCommune(string provider)
    {
        await using var test = await SeedAsync(provider);
        var actor = await ActorAsync(test, Role.TaskForceCommune, "21088");

        await using var db = test.Database.For(actor).CreateContext();
        var seen = await db.Citizens.Select(c => c.PersonalId).ToListAsync(Ct);

        Assert.Equal([InBinhLong], seen);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Citizens_DistrictScope_SeesItsCommunesButNotOtherProvinces(string provider)
    {
        await using var test = await SeedAsync(provider);
        var actor = await ActorAsync(test, Role.TaskForceDistrict, BuiltInCatalogue.DistrictCode);

        await using var db = test.Database.For(actor).CreateContext();
        var seen = await db.Citizens.OrderBy(c => c.PersonalId).Select(c => c.PersonalId).ToListAsync(Ct);

        Assert.Equal(new[] { InBinhLong, InChauO }.Order(StringComparer.Ordinal), seen);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Citizens_NoScope_SeesNobody(string provider)
    {
        await using var test = await SeedAsync(provider);
        var actor = new Actor("nobody", Role.TaskForceCommune, AccessScope.Empty, null);

        await using var db = test.Database.For(actor).CreateContext();

        Assert.False(await db.Citizens.AnyAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListEntries_CommuneScope_SeesOnlyRowsOfItsCommune_AndRestrictedListsOnlyTheirOwner(string provider)
    {
        await using var test = await SeedAsync(provider);
        long open, restricted;
        await using (var db = test.Database.CreateContext())
        {
            var list = new SectoralList("social_protection", "Mở", CatalogVersion.ThreeTier.Id, BuiltInCatalogue.DistrictCode, "laodong", DateTime.UnixEpoch);
            var secret = new SectoralList("custom_restricted", "Hạn chế", CatalogVersion.ThreeTier.Id, BuiltInCatalogue.DistrictCode, "laodong", DateTime.UnixEpoch);
            secret.Restrict(true);
            db.Lists.AddRange(list, secret);
            await db.SaveChangesAsync(Ct);
            (open, restricted) = (list.Id, secret.Id);
            var insert =
                "INSERT INTO list_entries (list_id, version_id, row_key, row_number, commune_code, reasons, candidates, needs_match, register_changed) VALUES " +
                $"({open}, 0, 'a', 1, '21088', '', '', FALSE, FALSE), ({open}, 0, 'b', 2, '21040', '', '', FALSE, FALSE), ({open}, 0, 'c', 3, NULL, '', '', FALSE, FALSE), " +
                $"({restricted}, 0, 'a', 1, '21088', '', '', FALSE, FALSE)";
            await db.Database.ExecuteSqlRawAsync(insert, Ct);
        }
        var commune = await ActorAsync(test, Role.TaskForceCommune, "21088");
        var owner = await ActorAsync(test, Role.LabourOffice, BuiltInCatalogue.DistrictCode, "laodong");
        var police = await ActorAsync(test, Role.Police, BuiltInCatalogue.DistrictCode, "congan");

        await using var communeDb = test.Database.For(commune).CreateContext();
        await using var ownerDb = test.Database.For(owner).CreateContext();
        await using var policeDb = test.Database.For(police).CreateContext();

        Assert.Equal(["a"], await communeDb.ListEntries.Where(e => e.ListId == open).Select(e => e.RowKey).ToListAsync(Ct));
        Assert.Equal(["a", "b", "c"], await ownerDb.ListEntries.Where(e => e.ListId == open).OrderBy(e => e.RowKey).Select(e => e.RowKey).ToListAsync(Ct));
        Assert.Equal([open, restricted], await ownerDb.Lists.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(Ct));
        Assert.Equal([open], await policeDb.Lists.Select(l => l.Id).ToListAsync(Ct));
        Assert.False(await policeDb.ListEntries.AnyAsync(e => e.ListId == restricted, Ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Audit_IsWrittenWithTheReadInOneSave_AndCannotBeChanged(string provider)
    {
        await using var test = await SeedAsync(provider);
        var actor = await ActorAsync(test, Role.Police, BuiltInCatalogue.DistrictCode, "congan") with { Remote = "10.0.0.7" };
        var card = await new CitizenCard(test.Database.For(actor), TimeProvider.System).ByPersonalIdAsync(InChauO, Ct);

        await using var db = test.Database.CreateContext();
        var entry = await db.AuditLog.SingleAsync(a => a.Subject == "citizen:" + InChauO, Ct);
        entry.GetType().GetProperty(nameof(AuditEntry.Details))!.SetValue(entry, "sửa nhật ký");

        Assert.NotNull(card);
        Assert.Equal(("congan", "police", AuditActions.View, "10.0.0.7"), (entry.UserName, entry.Role, entry.Action, entry.Remote));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    private static async Task<Actor> ActorAsync(TestDatabase test, Role role, string unit, string user = "someone")
    {
        await using var db = test.Database.CreateContext();
        var scope = await AccessScope.LoadAsync(db, [new UserScopeRow(CatalogVersion.ThreeTier.Id, unit)], Ct);
        return new Actor(user, role, scope, null);
    }

    private static async Task<TestDatabase> SeedAsync(string provider)
    {
        var test = await TestDatabase.CreateAsync(provider);
        await new ImportUnits(test.Database).LoadBuiltInAsync(Ct);
        await new ImportRegister(test.Database, TimeProvider.System).WriteRecordsAsync(
        [
            Person(InBinhLong, "Nguyễn Văn Hùng", "21088"),
            Person(InChauO, "Trần Thị Thủy", "21040"),
            Person(Elsewhere, "Lê Văn Nam", "00004"),
        ], CatalogVersion.ThreeTier.Id, null, Ct);
        return test;
    }

    private static CitizenRecord Person(string id, string name, string commune) => new()
    {
        PersonalId = id, FullName = name, BirthDate = new PartialDate(1980, 1, 1), Sex = Sex.Male, CommuneCode = commune, Address = "Thôn Một",
    };
}
