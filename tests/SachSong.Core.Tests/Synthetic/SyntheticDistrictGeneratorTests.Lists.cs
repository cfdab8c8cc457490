using System.Text.RegularExpressions;
using SachSong.Core.Register;
using SachSong.Core.Synthetic;
using SachSong.Core.Text;
using SachSong.Core.Units;

namespace SachSong.Core.Tests.Synthetic;

public sealed partial class SyntheticDistrictGeneratorTests
{
    [Fact]
    public void Generate_Lists_AreTheFourProgramsWithUniqueRowIds()
    {
        var lists = District.Lists;

        Assert.Equal(
            (string.Join(',', SyntheticPrograms.All), true),
            (string.Join(',', lists.Select(l => l.Program)),
             lists.All(l => l.Rows.Select(r => r.RowId).Distinct(StringComparer.Ordinal).Count() == l.Rows.Count
                 && l.Rows.All(r => Regex.IsMatch(r.RowId, @"^[A-Z]{2}-\d{6}$")))));
    }

    [Fact]
    public void Generate_ListSizes_FollowTheConfiguredShares()
    {
        var living = Citizens.Where(c => !c.IsDeceased).Select(c => c.BirthDate.AgeOn(AsOf)).ToList();
        int Rows(string program) => District.Lists.Single(l => l.Program == program).Rows.Count;

        var ratios = (
            Social: Rows(SyntheticPrograms.SocialProtection) / (double)Citizens.Count,
            Merit: Rows(SyntheticPrograms.Meritorious) / (double)Citizens.Count,
            Elderly: Rows(SyntheticPrograms.AssociationElderly) / (double)living.Count(a => a >= 60),
            Workers: Rows(SyntheticPrograms.Workers) / (double)living.Count(a => a is >= 15 and <= 60));

        Assert.True(ratios.Social is > 0.029 and < 0.033 && ratios.Merit is > 0.0145 and < 0.0165
            && ratios.Elderly is > 0.58 and < 0.65 && ratios.Workers is > 0.29 and < 0.33, ratios.ToString());
    }

    [Fact]
    public void Generate_SocialProtectionAndMeritLists_AreMostlyOld()
    {
        var byId = Citizens.ToDictionary(c => c.PersonalId, StringComparer.Ordinal);
        double ShareAged(string program, int age)
        {
            var rows = District.Lists.Single(l => l.Program == program).Rows.Where(r => r.TruePersonalId is not null).ToList();
            return rows.Count(r => byId[r.TruePersonalId!].BirthDate.AgeOn(AsOf) >= age) / (double)rows.Count;
        }

        var shares = (Social80: ShareAged(SyntheticPrograms.SocialProtection, 80), Social60: ShareAged(SyntheticPrograms.SocialProtection, 60), Merit65: ShareAged(SyntheticPrograms.Meritorious, 65),
            Elderly60: ShareAged(SyntheticPrograms.AssociationElderly, 60));

        Assert.True(shares.Social80 > 0.3 && shares.Social60 > 0.5 && shares.Merit65 > 0.7 && shares.Elderly60 == 1, shares.ToString());
    }

    [Theory]
    [InlineData(SyntheticPrograms.SocialProtection)]
    [InlineData(SyntheticPrograms.Meritorious)]
    public void Generate_WelfareLists_HaveOneToTwoPercentDeceased(string program)
    {
        var rows = District.Lists.Single(l => l.Program == program).Rows;

        var share = rows.Count(r => r.Errors.Contains(SyntheticErrors.Deceased)) / (double)rows.Count;

        Assert.InRange(share, 0.01, 0.02);
    }

    [Theory]
    [InlineData(SyntheticPrograms.SocialProtection)]
    [InlineData(SyntheticPrograms.Meritorious)]
    [InlineData(SyntheticPrograms.AssociationElderly)]
    [InlineData(SyntheticPrograms.Workers)]
    public void Generate_ListErrorRates_AreNearConfiguredRates(string program)
    {
        var options = new SyntheticOptions { People = 20_000 };
        var rows = District.Lists.Single(l => l.Program == program).Rows;

        var failures = RateFailures(Citizens, rows, options, sigmas: 4.5);

        Assert.Empty(failures);
    }

    [Fact]
    public void Generate_HighErrorRates_AreHonoured()
    {
        var options = new SyntheticOptions
        {
            People = 8_000, Seed = 11, NameTypoRate = 0.3, NameNoDiacriticsRate = 0.2, NameToneStyleRate = 0.5, NameCaseRate = 0.25,
            DateDayMonthSwappedRate = 0.3, DateYearOnlyRate = 0.2, DateOffRate = 0.15, IdTypoRate = 0.2, IdTransposedRate = 0.2,
            IdLegacyRate = 0.4, IdMissingRate = 0.1, SexMissingRate = 0.3, CommuneWrongRate = 0.2, DuplicateRate = 0.1, NotInRegisterRate = 0.1,
        };
        var district = SyntheticDistrictGenerator.Generate(options);
        var rows = district.Lists.SelectMany(l => l.Rows).ToList();

        var failures = RateFailures(district.Citizens, rows, options, sigmas: 4.5);

        Assert.Empty(failures);
    }

    [Fact]
    public void Generate_ZeroErrorRates_GiveCleanListsApartFromDeaths()
    {
        var options = new SyntheticOptions
        {
            People = 3_000, NameTypoRate = 0, NameNoDiacriticsRate = 0, NameToneStyleRate = 0, NameCaseRate = 0, DateDayMonthSwappedRate = 0,
            DateYearOnlyRate = 0, DateOffRate = 0, IdTypoRate = 0, IdTransposedRate = 0, IdLegacyRate = 0, IdMissingRate = 0,
            SexMissingRate = 0, CommuneWrongRate = 0, DuplicateRate = 0, NotInRegisterRate = 0,
        };

        var district = SyntheticDistrictGenerator.Generate(options);

        Assert.All(district.Lists.SelectMany(l => l.Rows), r => Assert.True(r.Errors.All(e => e == SyntheticErrors.Deceased) && r.PersonalId == r.TruePersonalId));
    }

    [Fact]
    public void Generate_ListTruth_IsConsistentWithRegister()
    {
        var byId = Citizens.ToDictionary(c => c.PersonalId, StringComparer.Ordinal);
        var communes = BuiltInCatalogue.DistrictCommunes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();

        foreach (var list in District.Lists)
        {
            var listed = list.Rows.Where(r => r.TruePersonalId is not null).GroupBy(r => r.TruePersonalId!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var row in list.Rows)
                problems.AddRange(RowProblems(row, byId, communes, listed).Select(p => $"{row.RowId}: {p}"));
        }

        Assert.Empty(problems);
    }

    private static IEnumerable<string> RowProblems(SyntheticListRow row, Dictionary<string, CitizenRecord> byId, HashSet<string> communes, Dictionary<string, int> listed)
    {
        bool Has(string code) => row.Errors.Contains(code);
        if (!communes.Contains(row.CommuneCode)) yield return "commune not in the catalogue";
        if (Has(SyntheticErrors.NotInRegister))
        {
            if (row.TruePersonalId is not null || row.Errors.Count != 1) yield return "outsider with truth or other errors";
            if (row.PersonalId.Length > 0 && (byId.ContainsKey(row.PersonalId) || PersonalId.Parse(row.PersonalId) is not PersonalIdParse.Valid))
                yield return "outsider ID exists or is invalid";
            yield break;
        }
        if (row.TruePersonalId is null || !byId.TryGetValue(row.TruePersonalId, out var c))
        {
            yield return "true ID not in the register";
            yield break;
        }

        if (!SyntheticErrors.IdErrors.Any(Has) && row.PersonalId != c.PersonalId) yield return "ID differs without an ID error";
        if (Has(SyntheticErrors.IdMissing) && row.PersonalId.Length > 0) yield return "ID_MISSING but an ID";
        if (Has(SyntheticErrors.IdLegacy) && row.PersonalId != c.LegacyIdNumber) yield return "ID_LEGACY is not the CMND";
        if ((Has(SyntheticErrors.IdTypo) || Has(SyntheticErrors.IdTransposed)) && (row.PersonalId == c.PersonalId || row.PersonalId.Length != 12))
            yield return "ID error left the ID intact";

        var nameErrors = new[] { SyntheticErrors.NameTypo, SyntheticErrors.NameNoDiacritics, SyntheticErrors.NameToneStyle, SyntheticErrors.NameCase };
        if (!nameErrors.Any(Has) && row.FullName != c.FullName) yield return "name differs without a name error";
        if (nameErrors.Any(Has) && row.FullName == c.FullName) yield return "name error left the name intact";
        if (Has(SyntheticErrors.NameNoDiacritics) && VietnameseText.HasDiacritics(row.FullName)) yield return "accents left";
        if (Has(SyntheticErrors.NameCase) && !string.Equals(row.FullName, row.FullName.ToUpperInvariant(), StringComparison.Ordinal)) yield return "not upper-case";
        if (Has(SyntheticErrors.NameToneStyle) && !Has(SyntheticErrors.NameTypo)
            && VietnameseText.MatchKey(row.FullName) != VietnameseText.MatchKey(c.FullName)) yield return "tone style changed more than the tone place";

        var date = DateParser.Parse(row.BirthDate, AsOf);
        var dateErrors = new[] { SyntheticErrors.DateDayMonthSwapped, SyntheticErrors.DateYearOnly, SyntheticErrors.DateOff };
        if (!date.Success) yield return $"birth date '{row.BirthDate}' does not parse";
        else if (!dateErrors.Any(Has) && date.Value != c.BirthDate) yield return "date differs without a date error";
        else if (Has(SyntheticErrors.DateYearOnly) && !Has(SyntheticErrors.DateOff) && date.Value != new PartialDate(c.BirthDate.Year)) yield return "not year-only";
        else if (Has(SyntheticErrors.DateOff) && Math.Abs(date.Value.Year - c.BirthDate.Year) != 1) yield return "year not one off";
        else if (Has(SyntheticErrors.DateDayMonthSwapped) && !Has(SyntheticErrors.DateOff)
            && date.Value != new PartialDate(c.BirthDate.Year, c.BirthDate.Day, c.BirthDate.Month)) yield return "not swapped";

        if (Has(SyntheticErrors.SexMissing) ? row.Sex.Length > 0 : row.Sex != c.Sex.ToVietnamese()) yield return "sex";
        if (Has(SyntheticErrors.CommuneWrong) == (row.CommuneCode == c.CommuneCode)) yield return "commune";
        if (Has(SyntheticErrors.Deceased) != c.IsDeceased) yield return "deceased flag";
        if (Has(SyntheticErrors.Duplicate) && listed[c.PersonalId] < 2) yield return "duplicate listed once";
    }

    /// <summary>Each error's observed rate among the rows where it can occur, against the configured rate.</summary>
    private static List<string> RateFailures(IReadOnlyList<CitizenRecord> citizens, IReadOnlyList<SyntheticListRow> rows, SyntheticOptions o, double sigmas)
    {
        var byId = citizens.ToDictionary(c => c.PersonalId, StringComparer.Ordinal);
        var known = rows.Where(r => r.TruePersonalId is not null).Select(r => (Row: r, Person: byId[r.TruePersonalId!])).ToList();
        static bool Has(SyntheticListRow r, string code) => r.Errors.Contains(code);
        var checks = new (string Code, double Rate, Func<SyntheticListRow, CitizenRecord, bool> Eligible)[]
        {
            (SyntheticErrors.NameTypo, o.NameTypoRate, (_, _) => true),
            (SyntheticErrors.NameNoDiacritics, o.NameNoDiacriticsRate, (_, c) => VietnameseText.HasDiacritics(c.FullName)),
            (SyntheticErrors.NameToneStyle, o.NameToneStyleRate, (r, c) => !Has(r, SyntheticErrors.NameNoDiacritics) && ToneStyle.CanSwap(c.FullName)),
            (SyntheticErrors.NameCase, o.NameCaseRate, (_, _) => true),
            (SyntheticErrors.DateYearOnly, o.DateYearOnlyRate, (_, c) => c.BirthDate.Precision != DatePrecision.Year),
            (SyntheticErrors.DateDayMonthSwapped, o.DateDayMonthSwappedRate,
                (r, c) => !Has(r, SyntheticErrors.DateYearOnly) && c.BirthDate.Day is { } d && d <= 12 && d != c.BirthDate.Month),
            (SyntheticErrors.DateOff, o.DateOffRate, (_, _) => true),
            (SyntheticErrors.IdMissing, o.IdMissingRate, (_, _) => true),
            (SyntheticErrors.IdLegacy, o.IdLegacyRate, (r, c) => !Has(r, SyntheticErrors.IdMissing) && c.LegacyIdNumber is not null),
            (SyntheticErrors.IdTypo, o.IdTypoRate, (r, _) => !Has(r, SyntheticErrors.IdMissing) && !Has(r, SyntheticErrors.IdLegacy)),
            (SyntheticErrors.IdTransposed, o.IdTransposedRate, (r, _) => !Has(r, SyntheticErrors.IdMissing) && !Has(r, SyntheticErrors.IdLegacy)),
            (SyntheticErrors.SexMissing, o.SexMissingRate, (_, _) => true),
            (SyntheticErrors.CommuneWrong, o.CommuneWrongRate, (_, _) => true),
            (SyntheticErrors.Duplicate, o.DuplicateRate / (1 + o.DuplicateRate), (_, _) => true),
        };
        var failures = new List<string>();
        foreach (var (code, rate, eligible) in checks)
        {
            var pool = known.Where(k => eligible(k.Row, k.Person)).ToList();
            Check(code, rate, pool.Count, pool.Count(k => Has(k.Row, code)));
        }
        Check(SyntheticErrors.NotInRegister, o.NotInRegisterRate, rows.Count, rows.Count(r => Has(r, SyntheticErrors.NotInRegister)));
        return failures;

        void Check(string code, double rate, int n, int hits)
        {
            if (n == 0) { failures.Add($"{code}: no eligible rows"); return; }
            var observed = hits / (double)n;
            var tolerance = (sigmas * Math.Sqrt(rate * (1 - rate) / n)) + 0.002;
            if (Math.Abs(observed - rate) > tolerance)
                failures.Add($"{code}: {observed:P2} of {n} rows, configured {rate:P2} (±{tolerance:P2})");
        }
    }
}
