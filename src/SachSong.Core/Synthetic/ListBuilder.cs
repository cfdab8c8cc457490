using System.Globalization;
using System.Runtime.InteropServices;
using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Synthetic;

/// <summary>Draws the sectoral lists from the register and writes each row the way a clerk would, with labelled errors.</summary>
internal sealed class ListBuilder(SyntheticOptions options, Population population)
{
    private readonly IReadOnlyList<CitizenRecord> _citizens = population.Citizens;
    private readonly int[] _ages = population.Ages;
    private readonly bool[] _deceased = population.Citizens.Select(c => c.IsDeceased).ToArray();
    private readonly Dictionary<string, int> _communeIndex =
        population.Communes.ToDictionary(c => c.Code, c => c.Index, StringComparer.Ordinal);
    private readonly WeightedChoice<CommuneProfile> _communeChoice =
        new(population.Communes.Select(c => (c, c.Weight)).ToList());

    public IReadOnlyList<SyntheticList> Build()
    {
        var lists = new List<SyntheticList>(SyntheticPrograms.All.Count);
        for (var i = 0; i < SyntheticPrograms.All.Count; i++)
            lists.Add(BuildList(SyntheticPrograms.All[i], new SyntheticRandom(options.Seed, Streams.Lists, (ulong)i)));
        return lists;
    }

    private SyntheticList BuildList(string program, SyntheticRandom r)
    {
        var people = new List<int>();
        int outsiderMinAge, outsiderMaxAge;
        string title, prefix;
        switch (program)
        {
            case SyntheticPrograms.SocialProtection:
            {
                title = "Danh sách đối tượng bảo trợ xã hội";
                prefix = "SP";
                var size = Cap(options.People * options.SocialProtectionShare);
                var deceased = Round(size * options.DeceasedRate);
                var living = size - deceased;
                // Most people aged 80 and over draw the social allowance; then old people living alone in poverty,
                // orphans, and people with disabilities. The age pools are disjoint, so nobody is drawn twice.
                var eighty = Living(80, AgePool.MaxAge);
                var old = Take(people, eighty, Math.Min(Round(living * 0.55), Round(eighty.Count * 0.85)), r);
                var orphans = Take(people, Living(0, 15), Round(living * 0.10), r);
                var lonelyOld = Take(people, Living(60, 79), Round(living * 0.20), r);
                Take(people, Living(16, 59), living - old - orphans - lonelyOld, r);
                Take(people, Deceased(60, AgePool.MaxAge), deceased, r);
                (outsiderMinAge, outsiderMaxAge) = (75, 100);
                break;
            }
            case SyntheticPrograms.Meritorious:
            {
                title = "Danh sách người có công với cách mạng";
                prefix = "MR";
                var size = Cap(options.People * options.MeritoriousShare);
                var deceased = Round(size * options.DeceasedRate);
                var living = size - deceased;
                var old = Take(people, Living(65, AgePool.MaxAge), Round(living * 0.75), r);
                Take(people, Living(40, 64), living - old, r);
                Take(people, Deceased(65, AgePool.MaxAge), deceased, r);
                (outsiderMinAge, outsiderMaxAge) = (65, 95);
                break;
            }
            case SyntheticPrograms.AssociationElderly:
            {
                title = "Danh sách hội viên Hội Người cao tuổi";
                prefix = "EL";
                var pool = Living(60, AgePool.MaxAge);
                var size = Cap(pool.Count * options.AssociationElderlyShare);
                var deceased = Round(size * options.DeceasedRate / 2);
                Take(people, pool, size - deceased, r);
                Take(people, Deceased(60, AgePool.MaxAge), deceased, r);
                (outsiderMinAge, outsiderMaxAge) = (60, 95);
                break;
            }
            case SyntheticPrograms.Workers:
            {
                title = "Danh sách người lao động";
                prefix = "WK";
                var pool = Living(15, 60);
                var size = Cap(pool.Count * options.WorkersShare);
                var deceased = Round(size * options.DeceasedRate / 10);
                Take(people, pool, size - deceased, r);
                Take(people, Deceased(15, 60), deceased, r);
                (outsiderMinAge, outsiderMaxAge) = (15, 60);
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(program), program, "Unknown program.");
        }

        var rows = new List<SyntheticListRow>(people.Count + (people.Count / 20));
        foreach (var i in people)
        {
            rows.Add(Row(i, duplicate: false, r));
            if (r.Chance(options.DuplicateRate)) rows.Add(Row(i, duplicate: true, r));
        }
        var outsiders = rows.Count == 0 ? 0 : Round(rows.Count * options.NotInRegisterRate / (1 - options.NotInRegisterRate));
        for (var k = 0; k < outsiders; k++) rows.Add(Outsider(outsiderMinAge, outsiderMaxAge, r));

        r.ShufflePrefix(CollectionsMarshal.AsSpan(rows), rows.Count);
        for (var k = 0; k < rows.Count; k++)
            rows[k] = rows[k] with { RowId = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{k + 1:000000}") };
        return new SyntheticList(program, title, rows);
    }

    private int Cap(double size) => Math.Min(options.MaxListPeople, Round(size));

    private static int Round(double x) => (int)Math.Round(x, MidpointRounding.AwayFromZero);

    private List<int> Living(int minAge, int maxAge) => Select(minAge, maxAge, deceased: false);

    private List<int> Deceased(int minAge, int maxAge) => Select(minAge, maxAge, deceased: true);

    private List<int> Select(int minAge, int maxAge, bool deceased)
    {
        var result = new List<int>();
        for (var i = 0; i < _ages.Length; i++)
            if (_ages[i] >= minAge && _ages[i] <= maxAge && _deceased[i] == deceased) result.Add(i);
        return result;
    }

    /// <summary>Adds up to <paramref name="count"/> people of <paramref name="pool"/>, chosen at random, and says how many.</summary>
    private static int Take(List<int> people, List<int> pool, int count, SyntheticRandom r)
    {
        count = Math.Clamp(count, 0, pool.Count);
        r.ShufflePrefix(CollectionsMarshal.AsSpan(pool), count);
        for (var k = 0; k < count; k++) people.Add(pool[k]);
        return count;
    }

    private SyntheticListRow Row(int index, bool duplicate, SyntheticRandom r)
    {
        var c = _citizens[index];

        // Name: tone style, then accents, then a typo, then capitals, so every labelled error stays visible.
        var name = c.FullName;
        var noDiacritics = name.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') && r.Chance(options.NameNoDiacriticsRate);
        var toneStyle = !noDiacritics && ToneStyle.CanSwap(name) && r.Chance(options.NameToneStyleRate);
        var typo = r.Chance(options.NameTypoRate);
        var upper = r.Chance(options.NameCaseRate);
        if (toneStyle) name = ToneStyle.Swap(name);
        if (noDiacritics) name = NameErrors.StripDiacritics(name);
        if (typo) name = NameErrors.Typo(name, r);
        if (upper) name = name.ToUpperInvariant();

        var birth = c.BirthDate;
        var yearOnly = birth.Precision != DatePrecision.Year && r.Chance(options.DateYearOnlyRate);
        var swapped = !yearOnly && birth.Day is { } d && d <= 12 && d != birth.Month && r.Chance(options.DateDayMonthSwappedRate);
        var off = r.Chance(options.DateOffRate);
        var written = yearOnly ? new PartialDate(birth.Year) : swapped ? new PartialDate(birth.Year, birth.Day, birth.Month) : birth;
        if (off) written = ShiftYear(written, r);

        var id = c.PersonalId;
        var missing = r.Chance(options.IdMissingRate);
        var legacy = !missing && c.LegacyIdNumber is not null && r.Chance(options.IdLegacyRate);
        var transposed = false;
        var idTypo = false;
        if (missing)
        {
            id = "";
        }
        else if (legacy)
        {
            id = c.LegacyIdNumber!;
        }
        else
        {
            if (r.Chance(options.IdTransposedRate)) (id, transposed) = Transpose(id, r);
            if (r.Chance(options.IdTypoRate))
            {
                id = MistypeDigit(id, r);
                idTypo = true;
            }
        }

        var sexMissing = r.Chance(options.SexMissingRate);
        var communeWrong = r.Chance(options.CommuneWrongRate);
        var commune = communeWrong ? Neighbour(c.CommuneCode, r) : c.CommuneCode;

        var errors = new List<string>(2);
        if (typo) errors.Add(SyntheticErrors.NameTypo);
        if (noDiacritics) errors.Add(SyntheticErrors.NameNoDiacritics);
        if (toneStyle) errors.Add(SyntheticErrors.NameToneStyle);
        if (upper) errors.Add(SyntheticErrors.NameCase);
        if (swapped) errors.Add(SyntheticErrors.DateDayMonthSwapped);
        if (yearOnly) errors.Add(SyntheticErrors.DateYearOnly);
        if (off) errors.Add(SyntheticErrors.DateOff);
        if (idTypo) errors.Add(SyntheticErrors.IdTypo);
        if (transposed) errors.Add(SyntheticErrors.IdTransposed);
        if (legacy) errors.Add(SyntheticErrors.IdLegacy);
        if (missing) errors.Add(SyntheticErrors.IdMissing);
        if (sexMissing) errors.Add(SyntheticErrors.SexMissing);
        if (communeWrong) errors.Add(SyntheticErrors.CommuneWrong);
        if (c.IsDeceased) errors.Add(SyntheticErrors.Deceased);
        if (duplicate) errors.Add(SyntheticErrors.Duplicate);

        return new SyntheticListRow("", id, name, FormatDate(written, r), sexMissing ? "" : c.Sex.ToVietnamese(),
            commune, c.PersonalId, errors);
    }

    /// <summary>Someone the department knows but the register does not: an invented person with an unused ID, or none.</summary>
    private SyntheticListRow Outsider(int minAge, int maxAge, SyntheticRandom r)
    {
        var sex = r.Chance(0.5) ? Sex.Male : Sex.Female;
        var age = r.Between(minAge, maxAge);
        var asOf = options.AsOf;
        var birth = r.DayBetween(asOf.AddYears(-age - 1).AddDays(1), asOf.AddYears(-age));
        var name = VietnameseNames.FamilyName(r) + " " + VietnameseNames.MiddleAndGiven(sex, birth.Year, r);
        var id = r.Chance(0.7) ? PersonalIdNumbers.Issue("051", sex, birth.Year, population.IssuedIds, r) : "";
        return new SyntheticListRow("", id, name, FormatDate(PartialDate.FromDate(birth), r), sex.ToVietnamese(),
            _communeChoice.Sample(r).Code, null, [SyntheticErrors.NotInRegister]);
    }

    /// <summary>The year one off, downwards when upwards would be in the future; 29/02 becomes 28/02 where needed.</summary>
    private PartialDate ShiftYear(PartialDate date, SyntheticRandom r)
    {
        var year = date.Year + (r.Chance(0.5) ? 1 : -1);
        if (new PartialDate(year, date.Month).Earliest > options.AsOf) year = date.Year - 1;
        if (date.Day is not { } day) return new PartialDate(year, date.Month);
        return new PartialDate(year, date.Month, Math.Min(day, DateTime.DaysInMonth(year, date.Month!.Value)));
    }

    /// <summary>Two adjacent, different digits after the province code swapped.</summary>
    private static (string Id, bool Done) Transpose(string id, SyntheticRandom r)
    {
        var start = r.Between(3, id.Length - 2);
        for (var k = 0; k < id.Length - 4; k++)
        {
            var p = 3 + ((start - 3 + k) % (id.Length - 4));
            if (id[p] == id[p + 1]) continue;
            var chars = id.ToCharArray();
            (chars[p], chars[p + 1]) = (chars[p + 1], chars[p]);
            return (new string(chars), true);
        }
        return (id, false);
    }

    /// <summary>One of the last six digits replaced by another digit.</summary>
    private static string MistypeDigit(string id, SyntheticRandom r)
    {
        var chars = id.ToCharArray();
        var p = chars.Length - 1 - r.Next(Math.Min(6, chars.Length));
        chars[p] = (char)('0' + ((chars[p] - '0' + 1 + r.Next(9)) % 10));
        return new string(chars);
    }

    /// <summary>The commune next to it in the catalogue (a stand-in for the one across the road).</summary>
    private string Neighbour(string code, SyntheticRandom r)
    {
        var communes = population.Communes;
        if (communes.Count < 2) return code;
        var i = _communeIndex[code];
        var j = i == 0 ? 1 : i == communes.Count - 1 ? i - 1 : r.Chance(0.5) ? i - 1 : i + 1;
        return communes[j].Code;
    }

    /// <summary>Mostly dd/MM/yyyy, sometimes d/M/yyyy or ISO; a partial date as MM/yyyy or the bare year.</summary>
    private static string FormatDate(PartialDate date, SyntheticRandom r)
    {
        var style = r.NextDouble();
        return date.Precision switch
        {
            DatePrecision.Day when style < 0.85 => date.ToString(),
            DatePrecision.Day when style < 0.95 => string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}/{date.Year}"),
            DatePrecision.Day => date.ToIsoString(),
            DatePrecision.Month when style >= 0.95 => date.ToIsoString(),
            _ => date.ToString(),
        };
    }
}
