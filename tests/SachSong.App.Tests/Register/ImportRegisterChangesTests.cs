using System.Text;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Register;
using SachSong.App.Units;
using SachSong.Core.Register;
using SachSong.Core.Units;

namespace SachSong.App.Tests.Register;

public sealed class ImportRegisterChangesTests : IDisposable
{
    private static readonly string Man = PersonalId.Create("051", Sex.Male, 1940, 1).Value;
    private static readonly string Woman = PersonalId.Create("051", Sex.Female, 1985, 2).Value;
    private readonly string _folder = Directory.CreateTempSubdirectory("sachsong-changes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_DeathAndMoves_AreStoredAndAppliedToTheCitizens(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await Seed(test);
        var path = Write("changes.csv",
            "personal_id,kind,occurred_on,from_commune_code,to_commune_code,details",
            $"{Man},death,02/01/2024,,,",
            $"{Woman},move,10/01/2022,21040,21046,",
            $"{Woman},move,02/05/2023,21046,21088,");

        var result = await new ImportRegisterChanges(test.Database, TimeProvider.System).ExecuteAsync(path, CatalogVersion.ThreeTier.Id, TestContext.Current.CancellationToken);

        Assert.IsType<RegisterImportResult.Completed>(result);
        await using var db = test.Database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        var man = await db.Citizens.SingleAsync(c => c.PersonalId == Man, ct);
        var woman = await db.Citizens.SingleAsync(c => c.PersonalId == Woman, ct);
        Assert.Equal((true, new DateOnly(2024, 1, 2), "21088", 3), (man.IsDeceased, man.DeathDate, woman.CommuneCode, await db.RegisterChanges.CountAsync(ct)));
    }

    [Fact]
    public async Task ExecuteAsync_UnknownPersonOrBadKind_WritesNothing()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await Seed(test);
        var path = Write("bad.csv",
            "personal_id,kind,occurred_on,from_commune_code,to_commune_code,details",
            $"{Man},death,02/01/2024,,,",
            $"{PersonalId.Create("051", Sex.Male, 1990, 9)},death,02/01/2024,,,",
            $"{Woman},vanished,02/01/2024,,,");

        var result = await new ImportRegisterChanges(test.Database, TimeProvider.System).ExecuteAsync(path, CatalogVersion.ThreeTier.Id, TestContext.Current.CancellationToken);

        var rejected = Assert.IsType<RegisterImportResult.Rejected>(result);
        Assert.Equal([(3, "personal_id"), (4, "kind")], rejected.Problems.Select(p => (p.Row, p.Column)));
        await using var db = test.Database.CreateContext();
        Assert.False(await db.Citizens.AnyAsync(c => c.IsDeceased, TestContext.Current.CancellationToken));
    }

    private async Task Seed(TestDatabase test)
    {
        await new ImportUnits(test.Database).LoadBuiltInAsync(TestContext.Current.CancellationToken);
        var path = Write("register.csv",
            "personal_id,full_name,birth_date,sex,commune_code,address,deceased",
            $"{Man},Võ Văn Ba,1940,Nam,21040,,0",
            $"{Woman},Huỳnh Thị Lan,12/12/1985,Nữ,21040,,0");
        await new ImportRegister(test.Database, TimeProvider.System).ExecuteAsync(path, CatalogVersion.ThreeTier.Id, false, null, TestContext.Current.CancellationToken);
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }
}
