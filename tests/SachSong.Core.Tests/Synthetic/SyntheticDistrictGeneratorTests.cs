using System.Text;
using SachSong.Core.Register;
using SachSong.Core.Synthetic;
using SachSong.Core.Text;
using SachSong.Core.Units;

namespace SachSong.Core.Tests.Synthetic;

public sealed partial class SyntheticDistrictGeneratorTests
{
    private static readonly DateOnly AsOf = SyntheticSamples.AsOf;
    private static SyntheticDistrict District => SyntheticSamples.District;
    private static IReadOnlyList<CitizenRecord> Citizens => District.Citizens;

    [Fact]
    public void Generate_SameSeed_GivesSameDistrict()
    {
        var options = new SyntheticOptions { People = 3_000, Seed = 5 };

        var first = SyntheticSamples.Files(SyntheticDistrictGenerator.Generate(options));
        var second = SyntheticSamples.Files(SyntheticDistrictGenerator.Generate(options with { }));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentDistrict()
    {
        var first = SyntheticSamples.Files(SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = 3_000, Seed = 5 }));

        var second = SyntheticSamples.Files(SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = 3_000, Seed = 6 }));

        Assert.NotEqual(first["register.csv"], second["register.csv"]);
    }

    [Fact]
    public void Generate_NegativeSeed_GivesADistrict()
    {
        var district = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = 500, Seed = -42 });

        Assert.Equal(500, district.Citizens.Select(c => c.PersonalId).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Generate_NoPeople_Throws(int people) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = people }));

    [Fact]
    public void Generate_RateAboveOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = 10, NameTypoRate = 1.5 }));

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(60)]
    public void Generate_TinyDistrict_GivesExactlyThatManyPeople(int people)
    {
        var district = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = people, Seed = people });

        Assert.Equal(people, district.Citizens.Count);
    }

    [Fact]
    public void Generate_20000People_GivesExactlyThatMany() => Assert.Equal(20_000, Citizens.Count);

    [Fact]
    public void Generate_EveryCitizen_HasValidIdAgreeingWithRecord()
    {
        var communes = BuiltInCatalogue.DistrictCommunes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();

        foreach (var c in Citizens)
        {
            if (PersonalId.Parse(c.PersonalId) is not PersonalIdParse.Valid { Id: var id } || !string.Equals(id.Value, c.PersonalId, StringComparison.Ordinal))
                problems.Add($"{c.PersonalId}: not a valid personal ID");
            else if (PersonalIdChecks.Disagreements(id, c.Sex, c.BirthDate).Count > 0)
                problems.Add($"{c.PersonalId}: sex or birth year disagrees with the ID");
            if (!communes.Contains(c.CommuneCode)) problems.Add($"{c.PersonalId}: commune {c.CommuneCode}");
            if (!c.Address.StartsWith("Thôn ", StringComparison.Ordinal)) problems.Add($"{c.PersonalId}: address {c.Address}");
            if (!c.FullName.IsNormalized(NormalizationForm.FormC) || c.FullName.Split(' ').Length < 3)
                problems.Add($"{c.PersonalId}: name {c.FullName}");
            if (c.BirthDate.Earliest > AsOf || (c.DeathDate is { } d && (d > AsOf || d < c.BirthDate.Earliest)))
                problems.Add($"{c.PersonalId}: dates");
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Generate_Register_RoundTripsThroughRegisterFormat()
    {
        var communes = BuiltInCatalogue.DistrictCommunes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var file = SyntheticSamples.Files(District)["register.csv"];
        var reader = new CsvReader(new StringReader(file));
        var header = reader.ReadRecord()!;
        var map = RegisterFormat.MapHeader(header).Value;
        var problems = new List<RowProblem>();
        var read = new List<CitizenRecord?>();

        while (reader.ReadRecord() is { } cells)
            read.Add(RegisterFormat.ReadRow(cells, map, header, ("register.csv", null, reader.LineNumber), AsOf, communes.Contains, problems));

        Assert.Equal(Citizens.Cast<CitizenRecord?>(), read); // a row with a problem reads as null
    }

    [Fact]
    public void Generate_PersonalIdsAndLegacyNumbers_AreUnique()
    {
        var legacy = Citizens.Where(c => c.LegacyIdNumber is not null).Select(c => c.LegacyIdNumber!).ToList();

        var duplicates = Citizens.Select(c => c.PersonalId).Concat(legacy)
            .GroupBy(x => x, StringComparer.Ordinal).Count(g => g.Count() > 1);

        Assert.Equal(0, duplicates);
    }

    [Fact]
    public void Generate_LegacyNumbers_BelongToThreeInTenOfTheOld()
    {
        var old = Citizens.Where(c => c.BirthDate.Year < 1985).ToList();

        var share = old.Count(c => c.LegacyIdNumber is not null) / (double)old.Count;

        Assert.Equal((true, true, 0), (
            share is > 0.66 and < 0.74,
            Citizens.Where(c => c.LegacyIdNumber is not null).All(c => c.LegacyIdNumber!.Length == 9 && c.LegacyIdNumber.StartsWith("21", StringComparison.Ordinal) && c.LegacyIdNumber.All(char.IsAsciiDigit)),
            Citizens.Count(c => c.BirthDate.Year >= 1985 && c.LegacyIdNumber is not null)));
    }

    [Fact]
    public void Generate_ProvinceOfRegistration_IsQuangNgaiForAbout92Percent()
    {
        var share = Citizens.Count(c => c.PersonalId.StartsWith("051", StringComparison.Ordinal)) / (double)Citizens.Count;

        Assert.InRange(share, 0.90, 0.94);
    }

    [Fact]
    public void Generate_20000People_NguyenShareIsAbout38Percent()
    {
        var share = Citizens.Count(c => FamilyName(c) == "Nguyễn") / (double)Citizens.Count;

        Assert.InRange(share, 0.35, 0.41);
    }

    [Fact]
    public void Generate_CentralProvince_PrefersHuynhAndVo()
    {
        var counts = Citizens.GroupBy(FamilyName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.True(counts["Huỳnh"] > 3 * counts["Hoàng"] && counts["Võ"] > 3 * counts["Vũ"] && counts["Trần"] > counts["Lê"]);
    }

    [Fact]
    public void Generate_MiddleNames_AreMostlyVanForMenAndThiForWomen()
    {
        var men = Citizens.Where(c => c.Sex == Sex.Male).ToList();
        var women = Citizens.Where(c => c.Sex == Sex.Female).ToList();

        var van = men.Count(c => c.FullName.Split(' ')[1] == "Văn") / (double)men.Count;
        var thi = women.Count(c => c.FullName.Split(' ')[1] == "Thị") / (double)women.Count;

        Assert.Equal((true, true, 0), (van is > 0.25 and < 0.6, thi is > 0.35 and < 0.75,
            men.Count(c => c.FullName.Contains(" Thị ", StringComparison.Ordinal))));
    }

    [Fact]
    public void Generate_Names_UseBothTonePlacementsMostlyTheNewOne()
    {
        var words = Citizens.SelectMany(c => c.FullName.Split(' ')).ToList();

        var newStyle = words.Count(w => w is "Hòa" or "Thủy" or "Thùy" or "Thúy");
        var oldStyle = words.Count(w => w is "Hoà" or "Thuỷ" or "Thuỳ" or "Thuý");

        Assert.True(oldStyle > 20 && newStyle > 2 * oldStyle, $"new {newStyle}, old {oldStyle}");
    }

    [Fact]
    public void Generate_AgePyramid_MatchesVietnam()
    {
        double Share(Func<int, bool> ages) => Citizens.Count(c => ages(c.BirthDate.AgeOn(AsOf))) / (double)Citizens.Count;

        var shares = (Children: Share(a => a < 15), Working: Share(a => a is >= 15 and < 65), Old: Share(a => a >= 65), Nonagenarians: Share(a => a >= 90));

        Assert.True(shares.Children is > 0.22 and < 0.26 && shares.Working is > 0.66 and < 0.70
            && shares.Old is > 0.065 and < 0.095 && shares.Nonagenarians is > 0.0005 and < 0.01, shares.ToString());
    }

    [Fact]
    public void Generate_BirthDates_ArePartialOnlyForTheOld()
    {
        var before1950 = Citizens.Where(c => c.BirthDate.Year < 1950).ToList();
        var before1975 = Citizens.Where(c => c.BirthDate.Year < 1975).ToList();

        var yearOnly = before1950.Count(c => c.BirthDate.Precision == DatePrecision.Year) / (double)before1950.Count;
        var monthYear = before1975.Count(c => c.BirthDate.Precision == DatePrecision.Month) / (double)before1975.Count;

        Assert.Equal((true, true, 0), (yearOnly is > 0.04 and < 0.12, monthYear is > 0.015 and < 0.045,
            Citizens.Count(c => c.BirthDate.Year >= 1975 && c.BirthDate.Precision != DatePrecision.Day)));
    }

    [Fact]
    public void Generate_Households_AreConsistent()
    {
        var problems = new List<string>();

        foreach (var household in Citizens.GroupBy(c => c.HouseholdCode!, StringComparer.Ordinal))
        {
            var members = household.ToList();
            var heads = members.Where(m => m.RelationToHead == "Chủ hộ").ToList();
            if (heads.Count != 1 || members.Count > 7) { problems.Add($"{household.Key}: {heads.Count} heads, {members.Count} members"); continue; }
            var head = heads[0];
            if (members.Any(m => m.CommuneCode != head.CommuneCode || m.Address != head.Address)) problems.Add($"{household.Key}: split address");
            foreach (var m in members)
            {
                var ok = m.RelationToHead switch
                {
                    "Chủ hộ" => true,
                    "Vợ" => head.Sex == Sex.Male && m.Sex == Sex.Female,
                    "Chồng" => head.Sex == Sex.Female && m.Sex == Sex.Male,
                    "Con" => m.BirthDate.Year >= head.BirthDate.Year + 15 && (head.Sex == Sex.Female || FamilyName(m) == FamilyName(head)),
                    "Cháu" => m.BirthDate.Year >= head.BirthDate.Year + 30,
                    "Bố" => m.Sex == Sex.Male && m.BirthDate.Year <= head.BirthDate.Year - 18 && FamilyName(m) == FamilyName(head),
                    "Mẹ" => m.Sex == Sex.Female && m.BirthDate.Year <= head.BirthDate.Year - 17,
                    _ => false,
                };
                if (!ok) problems.Add($"{household.Key}: {m.RelationToHead} {m.FullName} {m.BirthDate} of {head.FullName} {head.BirthDate}");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Generate_Households_HaveOneToSevenMembersAveragingAboutThreeAndAHalf()
    {
        var sizes = Citizens.GroupBy(c => c.HouseholdCode!, StringComparer.Ordinal).Select(g => g.Count()).ToList();

        Assert.Equal((1, 7, true), (sizes.Min(), sizes.Max(), sizes.Average() is > 3.0 and < 4.0));
    }

    [Fact]
    public void Generate_Communes_AreAllUsedWithChauOBiggestAndThreeToEightVillages()
    {
        var byCommune = Citizens.GroupBy(c => c.CommuneCode, StringComparer.Ordinal).ToList();

        var biggest = byCommune.MaxBy(g => g.Count())!.Key;
        var villages = byCommune.Select(g => g.Select(c => c.Address).Distinct(StringComparer.Ordinal).Count()).ToList();

        Assert.Equal((22, "21040", true), (byCommune.Count, biggest, villages.All(v => v is >= 3 and <= 8)));
    }

    [Fact]
    public void Generate_Cards_FollowTheLaw()
    {
        var problems = new List<string>();

        foreach (var c in Citizens)
        {
            var last = c.DeathDate ?? AsOf;
            if (c.IdCardType is null)
            {
                if (c.IdCardIssuedOn is not null || c.EidLevel == EidLevel.Level2) problems.Add($"{c.PersonalId}: no card but a date or e-ID");
                continue;
            }
            var issued = c.IdCardIssuedOn!.Value;
            var expected = issued < new DateOnly(2024, 7, 1) ? IdCardType.Cccd : IdCardType.CanCuoc;
            if (c.IdCardType != expected || issued < new DateOnly(2021, 1, 1) || issued > last) problems.Add($"{c.PersonalId}: card {c.IdCardType} on {issued}");
            if (c.IdCardType == IdCardType.Cccd && c.BirthDate.AgeOn(issued) < 14) problems.Add($"{c.PersonalId}: CCCD before 14");
            if (c.EidLevel == EidLevel.Level2
                && (c.EidAuthenticatedOn is not { } auth || auth < issued || auth > last || (c.EidActivatedOn is { } act && (act < auth || act > last))))
                problems.Add($"{c.PersonalId}: e-ID dates");
            if (c.EidLevel != EidLevel.Level2 && (c.EidAuthenticatedOn is not null || c.EidActivatedOn is not null))
                problems.Add($"{c.PersonalId}: e-ID dates without level 2");
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Generate_CardAndEidRates_DifferAcrossCommunes()
    {
        var byCommune = Citizens.Where(c => c.BirthDate.AgeOn(AsOf) >= 14).GroupBy(c => c.CommuneCode, StringComparer.Ordinal)
            .Select(g => (Card: g.Count(c => c.IdCardType is not null) / (double)g.Count(),
                Eid: g.Count(c => c.EidLevel == EidLevel.Level2) / (double)g.Count(c => c.IdCardType is not null)))
            .ToList();

        var spread = (Card: byCommune.Max(x => x.Card) - byCommune.Min(x => x.Card), Eid: byCommune.Max(x => x.Eid) - byCommune.Min(x => x.Eid));

        Assert.True(spread.Card > 0.05 && spread.Eid > 0.15 && byCommune.All(x => x.Card is > 0.8 and < 0.99), spread.ToString());
    }

    [Fact]
    public void Generate_ChildrenUnderSix_HaveCardsOnlyWhereTheCommuneCampaigned()
    {
        var rates = Citizens.Where(c => c.BirthDate.AgeOn(AsOf) < 6).GroupBy(c => c.CommuneCode, StringComparer.Ordinal)
            .Select(g => g.Count(c => c.IdCardType is not null) / (double)g.Count()).ToList();

        Assert.True(rates.Min() < 0.03 && rates.Max() > 0.1 && rates.Max() < 0.5, string.Join(", ", rates));
    }

    [Fact]
    public void Generate_Changes_AgreeWithTheRegister()
    {
        var byId = Citizens.ToDictionary(c => c.PersonalId, StringComparer.Ordinal);
        var twoYearsAgo = AsOf.AddYears(-2);
        var problems = new List<string>();

        foreach (var change in District.Changes)
        {
            var c = byId[change.PersonalId];
            var ok = change.Kind switch
            {
                RegisterChangeKind.Birth => c.BirthDate == PartialDate.FromDate(change.OccurredOn) && change.OccurredOn > twoYearsAgo,
                RegisterChangeKind.Death => c.IsDeceased && c.DeathDate == change.OccurredOn,
                RegisterChangeKind.Move => change.ToCommuneCode == c.CommuneCode && change.FromCommuneCode != c.CommuneCode
                    && change.FromCommuneCode is not null && change.OccurredOn > twoYearsAgo && change.OccurredOn >= c.BirthDate.Latest,
                RegisterChangeKind.Correction => !string.IsNullOrEmpty(change.Details) && change.Details.Contains(" → ", StringComparison.Ordinal),
                _ => false,
            };
            if (!ok) problems.Add($"{change}");
        }
        var deaths = District.Changes.Count(c => c.Kind == RegisterChangeKind.Death);

        Assert.Equal((0, Citizens.Count(c => c.IsDeceased)), (problems.Count, deaths));
    }

    [Fact]
    public void Generate_Events_HappenAtRealisticRates()
    {
        double Share(RegisterChangeKind kind) =>
            District.Changes.Where(c => c.Kind == kind).Select(c => c.PersonalId).Distinct(StringComparer.Ordinal).Count() / (double)Citizens.Count;

        var shares = (Deaths: Share(RegisterChangeKind.Death), Moves: Share(RegisterChangeKind.Move), Births: Share(RegisterChangeKind.Birth), Corrections: Share(RegisterChangeKind.Correction));

        Assert.True(shares.Deaths is > 0.012 and < 0.024 && shares.Moves is > 0.004 and < 0.02
            && shares.Births is > 0.015 and < 0.04 && shares.Corrections is > 0.0005 and < 0.005, shares.ToString());
    }

    [Fact]
    public void Generate_Changes_AreOrderedByDate()
    {
        var dates = District.Changes.Select(c => c.OccurredOn).ToList();

        Assert.Equal(dates.Order().ToList(), dates);
    }

    private static string FamilyName(CitizenRecord c) => c.FullName[..c.FullName.IndexOf(' ', StringComparison.Ordinal)];
}
