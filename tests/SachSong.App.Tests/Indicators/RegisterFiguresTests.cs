using Microsoft.EntityFrameworkCore;
using SachSong.App.Indicators;
using SachSong.App.Register;
using SachSong.App.Storage;
using SachSong.App.Units;
using SachSong.Core.Indicators;
using SachSong.Core.Register;
using SachSong.Core.Synthetic;
using SachSong.Core.Text;
using SachSong.Core.Units;
using static SachSong.Core.Indicators.BuiltInIndicators;

namespace SachSong.App.Tests.Indicators;

public sealed class RegisterFiguresTests
{
    private static readonly string Old = CatalogVersion.ThreeTier.Id;
    private static readonly string New = CatalogVersion.TwoTier.Id;
    private static readonly Period Q4 = Period.OfQuarter(2024, 4);
    private static readonly FixedClock AfterTheQuarter = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ComputeAsync_SyntheticDistrict_CommuneCountsMatchAPlainCountOfTheRecords(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var citizens = await LoadSyntheticAsync(test);
        var figures = new RegisterFigures(test.Database, AfterTheQuarter);
        var snapshot = await figures.LoadSnapshotAsync(TestContext.Current.CancellationToken);

        foreach (var asOf in new DateOnly?[] { null, new DateOnly(2024, 6, 30), new DateOnly(2022, 1, 10) })
        {
            var set = await figures.ComputeAsync(snapshot, Q4, asOf, TestContext.Current.CancellationToken);

            var date = asOf ?? Q4.End;
            Assert.Equal(date, set.AsOf);
            var expected = citizens.GroupBy(c => c.CommuneCode, StringComparer.Ordinal)
                .SelectMany(g => PlainCount(g, date).Select(kv => (g.Key, kv.Key, kv.Value)))
                .Order();
            Assert.Equal(expected, set.Counted[Old].Figures.Select(f => (f.UnitCode, f.ElementCode, f.Value)).Order());
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ComputeAsync_OldCommunes_AreCarriedIntoNewOnesAndRolledUpToDistrictAndProvince(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await LoadSyntheticAsync(test);

        var set = await new RegisterFigures(test.Database, AfterTheQuarter).ComputeAsync(Q4, null, TestContext.Current.CancellationToken);

        var counted = set.Counted[Old];
        foreach (var element in RegisterCounts.Elements)
        {
            var all = BuiltInCatalogue.DistrictCommunes.Sum(c => counted.Find(c.Code, element, Q4) ?? 0);
            Assert.Equal((all, all, all), (set.Units[Old].Find(BuiltInCatalogue.DistrictCode, element, Q4), set.Units[Old].Find(BuiltInCatalogue.ProvinceCode, element, Q4),
                set.Units[New].Find(BuiltInCatalogue.ProvinceCode, element, Q4)));
            Assert.Equal(BuiltInCatalogue.Mappings.Where(m => m.NewCode == "21040").Sum(m => counted.Find(m.OldCode, element, Q4) ?? 0),
                set.Units[New].Find("21040", element, Q4));
        }
        Assert.Equal((0, 0), (set.Unallocated.Count, set.UnknownCommunes.Count));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ComputeAsync_SplitOldCommune_IsReportedUnallocatedNotGuessed(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await LoadSyntheticAsync(test);
        await using (var db = test.Database.CreateContext())
        {
            // Xã Bình Thuận (21043) split between Vạn Tường (21061) and Bình Minh (21085).
            var link = await db.UnitMappings.SingleAsync(m => m.OldVersion == Old && m.OldCode == "21043", TestContext.Current.CancellationToken);
            link.SetKind(MergeKind.Partial);
            db.UnitMappings.Add(new UnitMappingRow(new UnitMapping(Old, "21043", New, "21085", MergeKind.Partial)));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var set = await new RegisterFigures(test.Database, AfterTheQuarter).ComputeAsync(Q4, null, TestContext.Current.CancellationToken);

        var split = Assert.Single(set.Unallocated);
        Assert.Equal((Old, "21043", New, "21061 21085"), (split.FromVersion, split.CommuneCode, split.IntoVersion, string.Join(' ', split.Targets.Order(StringComparer.Ordinal))));
        var counted = set.Counted[Old];
        Assert.Equal(RegisterCounts.Elements.Select(e => counted.Find("21043", e, Q4)!.Value), RegisterCounts.Elements.Select(e => split.Values[e]));
        Assert.Equal(
            RegisterCounts.Elements.Select(e => BuiltInCatalogue.Mappings.Where(m => m.NewCode == "21061" && m.OldCode != "21043").Sum(m => counted.Find(m.OldCode, e, Q4) ?? 0)),
            RegisterCounts.Elements.Select(e => set.Units[New].Find("21061", e, Q4) ?? 0));
        Assert.Equal(RegisterCounts.Elements.Select(e => set.Units[Old].Find(BuiltInCatalogue.ProvinceCode, e, Q4) - split.Values[e]),
            RegisterCounts.Elements.Select(e => set.Units[New].Find(BuiltInCatalogue.ProvinceCode, e, Q4)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ComputeAsync_PeriodNotEnded_CountsHandMadeCitizensOnToday(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await new ImportUnits(test.Database).LoadBuiltInAsync(TestContext.Current.CancellationToken);
        var import = new ImportRegister(test.Database, TimeProvider.System);
        await import.WriteRecordsAsync(
        [
            Person(1, new PartialDate(2018, 11, 15), Sex.Female) with { IdCardType = IdCardType.CanCuoc, IdCardIssuedOn = new DateOnly(2024, 10, 1) },
            Person(2, new PartialDate(2018, 11, 16), Sex.Male) with { IdCardType = IdCardType.CanCuoc, IdCardIssuedOn = new DateOnly(2024, 11, 16) },
            Person(3, new PartialDate(1963), Sex.Male) with { IdCardType = IdCardType.Cccd, IdCardIssuedOn = new DateOnly(2021, 3, 1) },
            Person(4, new PartialDate(1990, 5, 5), Sex.Female) with
            {
                IdCardType = IdCardType.Cccd,
                IdCardIssuedOn = new DateOnly(2021, 3, 1),
                EidLevel = EidLevel.Level2,
                EidAuthenticatedOn = new DateOnly(2022, 1, 1),
                EidActivatedOn = new DateOnly(2024, 12, 1),
            },
            Person(5, new PartialDate(1980, 2), Sex.Male) with { IsDeceased = true, DeathDate = new DateOnly(2024, 12, 1), EidLevel = EidLevel.Level2 },
            Person(6, new PartialDate(1950, 1, 1), Sex.Female) with { IsDeceased = true, DeathDate = new DateOnly(2024, 11, 15) },
        ], Old, null, TestContext.Current.CancellationToken);
        await import.WriteRecordsAsync([Person(7, new PartialDate(2000, 1, 1), Sex.Male) with { CommuneCode = "21061" }], New, null,
            TestContext.Current.CancellationToken);
        var today = new FixedClock(new DateTimeOffset(2024, 11, 15, 8, 0, 0, TimeSpan.Zero));

        var set = await new RegisterFigures(test.Database, today).ComputeAsync(Q4, null, TestContext.Current.CancellationToken);

        Assert.Equal(new DateOnly(2024, 11, 15), set.AsOf);
        // Under 6 (the card came the day after), 6 to 14 with a card, adult cards of the retired man and the woman,
        // e-IDs of the woman and of the man who died after the date (level 2, no date), her activation after the date.
        Assert.Equal(new long?[] { 1, 0, 1, 1, 2, 2, 0, 2 }, RegisterCounts.Elements.Select(e => set.Counted[Old].Find("21040", e, Q4)));
        Assert.Equal(RegisterCounts.Elements.Select(e => set.Counted[Old].Find("21040", e, Q4)), RegisterCounts.Elements.Select(e => set.Units[New].Find("21040", e, Q4)));
        Assert.Equal(new long?[] { 0, 0, 0, 0, 0, 0, 0, 1 }, RegisterCounts.Elements.Select(e => set.Units[New].Find("21061", e, Q4)));
    }

    [Fact]
    public async Task ComputeAsync_CommuneMissingFromTheUnitsTable_IsCountedButNamedAsUnknown()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await new ImportUnits(test.Database).LoadBuiltInAsync(TestContext.Current.CancellationToken);
        await new ImportRegister(test.Database, TimeProvider.System).WriteRecordsAsync(
            [Person(1, new PartialDate(2020, 1, 1), Sex.Male) with { CommuneCode = "99999" }], New, null, TestContext.Current.CancellationToken);

        var set = await new RegisterFigures(test.Database, AfterTheQuarter).ComputeAsync(Q4, null, TestContext.Current.CancellationToken);

        Assert.Equal((new RegisterCommune(New, "99999"), (long?)1, (long?)null),
            (Assert.Single(set.UnknownCommunes), set.Units[New].Find("99999", ChildrenUnder6Total, Q4), set.Units[New].Find(BuiltInCatalogue.ProvinceCode, ChildrenUnder6Total, Q4)));
    }

    [Fact]
    public void DefaultAsOf_IsThePeriodsEndOnceItHasEndedElseToday()
    {
        var unused = new Database(new DatabaseSettings(Path.GetTempPath(), DatabaseProvider.Sqlite, "Data Source=never-opened.db"));
        var figures = new RegisterFigures(unused, new FixedClock(new DateTimeOffset(2024, 11, 15, 8, 0, 0, TimeSpan.Zero)));

        Assert.Equal((new DateOnly(2024, 9, 30), new DateOnly(2024, 11, 15), new DateOnly(2024, 11, 15)),
            (figures.DefaultAsOf(Period.OfQuarter(2024, 3)), figures.DefaultAsOf(Q4), figures.DefaultAsOf(Period.OfMonth(2024, 11))));
    }

    // The plain way: one predicate per element over the records, with the documented ages (partial dates in the middle).
    private static Dictionary<string, long> PlainCount(IEnumerable<CitizenRecord> records, DateOnly d)
    {
        var alive = records.Where(c => RegisterAge.AssumedBirthDate(c.BirthDate) <= d && (c.DeathDate is { } died ? died > d : !c.IsDeceased)).ToList();
        int Age(CitizenRecord c) => RegisterAge.YearsOn(RegisterAge.AssumedBirthDate(c.BirthDate), d);
        bool Card(CitizenRecord c) => c.IdCardIssuedOn is { } issued ? issued <= d : c.IdCardType is not null;
        bool Authenticated(CitizenRecord c) => c.EidLevel == EidLevel.Level2 && (c.EidAuthenticatedOn ?? DateOnly.MinValue) <= d;
        return new Dictionary<string, long>(StringComparer.Ordinal)
        {
            [ChildrenUnder6Total] = alive.Count(c => Age(c) < 6),
            [ChildrenUnder6CardsIssued] = alive.Count(c => Age(c) < 6 && Card(c)),
            [Children6To14Total] = alive.Count(c => Age(c) is >= 6 and < 14),
            [Children6To14CardsIssued] = alive.Count(c => Age(c) is >= 6 and < 14 && Card(c)),
            [EidCardsIssued] = alive.Count(c => Age(c) >= 14 && Card(c)),
            [EidAuthenticated] = alive.Count(Authenticated),
            [EidActivated] = alive.Count(c => Authenticated(c) && c.EidActivatedOn <= d),
            [WorkersWorkingAge] = alive.Count(c => Age(c) >= 15 && !RetirementAge.HasReached(RegisterAge.AssumedBirthDate(c.BirthDate), c.Sex, d)),
        };
    }

    private static async Task<IReadOnlyList<CitizenRecord>> LoadSyntheticAsync(TestDatabase test)
    {
        await new ImportUnits(test.Database).LoadBuiltInAsync(TestContext.Current.CancellationToken);
        var district = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = 3_000, Seed = 11 });
        await new ImportRegister(test.Database, TimeProvider.System).WriteRecordsAsync(district.Citizens, Old, null, TestContext.Current.CancellationToken);
        return district.Citizens;
    }

    private static CitizenRecord Person(int serial, PartialDate birthDate, Sex sex) => new()
    {
        PersonalId = PersonalId.Create("051", sex, birthDate.Year, serial).Value,
        FullName = "Nguyễn Văn " + serial.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BirthDate = birthDate,
        Sex = sex,
        CommuneCode = "21040",
        Address = "Thôn An Điềm",
    };

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
