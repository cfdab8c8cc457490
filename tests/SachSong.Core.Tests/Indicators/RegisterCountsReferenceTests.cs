using SachSong.Core.Indicators;
using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Indicators;

/// <summary>The counter against a person-by-person count written the plain way, on random registers.</summary>
public sealed class RegisterCountsReferenceTests
{
    private static readonly RegisterCommune[] Communes =
        [new("2025-03", "21040"), new("2025-03", "21043"), new("2025-07", "21040"), new("2025-03", "21046"), new("2025-07", "21061")];

    [Theory]
    [InlineData(1, 3_000, "2024-12-31")]
    [InlineData(2, 3_000, "2021-07-01")]
    [InlineData(3, 3_000, "2022-01-10")]
    [InlineData(4, 3_000, "2035-06-30")]
    public void Count_SmallRandomRegister_MatchesThePlainCount(int seed, int people, string asOf) =>
        AssertMatches(Random(seed, people), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), RegisterCounter.ParallelThreshold);

    [Fact]
    public void Count_SmallRegisterCountedInParallel_MatchesThePlainCount() =>
        AssertMatches(Random(5, 200_000), new DateOnly(2024, 11, 15), parallelThreshold: 0);

    [Fact]
    public void Count_LargeRegister_MatchesThePlainCount() =>
        AssertMatches(Random(6, RegisterCounter.ParallelThreshold + 12_345), new DateOnly(2025, 3, 31), RegisterCounter.ParallelThreshold);

    [Fact]
    public void Count_AnyOrderOfPeople_GivesTheSameCounts()
    {
        var people = Random(7, 5_000);
        var shuffled = people.ToArray();
        new Random(8).Shuffle(shuffled);
        var asOf = new DateOnly(2024, 12, 31);

        var (a, b) = (RegisterCounter.Count(Build(people), asOf), RegisterCounter.Count(Build(shuffled), asOf));

        Assert.All(Communes, c => Assert.Equal(RegisterCounts.Elements.Select(e => a.Get(c, e)), RegisterCounts.Elements.Select(e => b.Get(c, e))));
    }

    [Fact]
    public void Count_PartsNeverExceedTheirTotals()
    {
        var counts = RegisterCounter.Count(Build(Random(9, 20_000)), new DateOnly(2024, 12, 31));

        Assert.All(Communes, c =>
        {
            Assert.True(counts.Get(c, BuiltInIndicators.ChildrenUnder6CardsIssued) <= counts.Get(c, BuiltInIndicators.ChildrenUnder6Total));
            Assert.True(counts.Get(c, BuiltInIndicators.Children6To14CardsIssued) <= counts.Get(c, BuiltInIndicators.Children6To14Total));
            Assert.True(counts.Get(c, BuiltInIndicators.EidActivated) <= counts.Get(c, BuiltInIndicators.EidAuthenticated));
        });
    }

    private static void AssertMatches((int Commune, CountedPerson Person)[] people, DateOnly asOf, int parallelThreshold)
    {
        var counts = RegisterCounter.Count(Build(people), asOf, parallelThreshold);

        foreach (var (commune, i) in Communes.Select((c, i) => (c, i)))
        {
            var here = people.Where(p => p.Commune == i).Select(p => p.Person).ToList();
            var expected = new[]
            {
                here.Count(p => Alive(p, asOf) && Age(p, asOf) < 6),
                here.Count(p => Alive(p, asOf) && Age(p, asOf) < 6 && HasCard(p, asOf)),
                here.Count(p => Alive(p, asOf) && Age(p, asOf) is >= 6 and < 14),
                here.Count(p => Alive(p, asOf) && Age(p, asOf) is >= 6 and < 14 && HasCard(p, asOf)),
                here.Count(p => Alive(p, asOf) && Age(p, asOf) >= 14 && HasCard(p, asOf)),
                here.Count(p => Alive(p, asOf) && Authenticated(p, asOf)),
                here.Count(p => Alive(p, asOf) && Authenticated(p, asOf) && p.EidActivatedOn <= asOf),
                here.Count(p => Alive(p, asOf) && Age(p, asOf) >= 15 && !RetirementAge.HasReached(RegisterAge.AssumedBirthDate(p.BirthDate), p.Sex, asOf)),
            };
            Assert.Equal(expected.Select(v => (long)v), RegisterCounts.Elements.Select(e => counts.Get(commune, e)));
        }
    }

    private static int Age(CountedPerson p, DateOnly asOf) => RegisterAge.YearsOn(RegisterAge.AssumedBirthDate(p.BirthDate), asOf);

    private static bool Alive(CountedPerson p, DateOnly asOf) =>
        RegisterAge.AssumedBirthDate(p.BirthDate) <= asOf && (p.DeathDate is { } died ? died > asOf : !p.IsDeceased);

    private static bool HasCard(CountedPerson p, DateOnly asOf) => p.IdCardIssuedOn is { } issued ? issued <= asOf : p.IdCardType is not null;

    private static bool Authenticated(CountedPerson p, DateOnly asOf) => p.EidLevel == EidLevel.Level2 && (p.EidAuthenticatedOn is null || p.EidAuthenticatedOn <= asOf);

    private static RegisterSnapshot Build((int Commune, CountedPerson Person)[] people)
    {
        var builder = new RegisterSnapshotBuilder(people.Length);
        foreach (var (commune, person) in people) builder.Add(Communes[commune].CatalogVersion, Communes[commune].Code, person);
        return builder.Build();
    }

    // Ages 0–100 with many birthdays near the test dates, partial dates, deaths, cards and e-IDs before and after them.
    private static (int Commune, CountedPerson Person)[] Random(int seed, int count)
    {
        var r = new Random(seed);
        DateOnly Day(int fromYear, int toYear) => new DateOnly(fromYear, 1, 1).AddDays(r.Next((toYear - fromYear + 1) * 365));
        DateOnly? Maybe(double chance, int fromYear, int toYear) => r.NextDouble() < chance ? Day(fromYear, toYear) : null;
        var people = new (int, CountedPerson)[count];
        for (var i = 0; i < count; i++)
        {
            var birth = Day(1925, 2036);
            var precision = r.Next(10);
            var level = (EidLevel)r.Next(3);
            people[i] = (r.Next(Communes.Length), new CountedPerson
            {
                BirthDate = precision == 0 ? new PartialDate(birth.Year) : precision == 1 ? new PartialDate(birth.Year, birth.Month) : PartialDate.FromDate(birth),
                Sex = r.Next(2) == 0 ? Sex.Male : Sex.Female,
                IsDeceased = r.Next(5) == 0,
                DeathDate = Maybe(0.15, 2015, 2036),
                IdCardType = r.Next(3) == 0 ? null : IdCardType.CanCuoc,
                IdCardIssuedOn = Maybe(0.7, 2016, 2036),
                EidLevel = level,
                EidAuthenticatedOn = Maybe(0.8, 2020, 2036),
                EidActivatedOn = Maybe(0.7, 2020, 2036),
            });
        }
        return people;
    }
}
