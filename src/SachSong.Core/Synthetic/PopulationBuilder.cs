using System.Globalization;
using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Synthetic;

/// <summary>Builds the register: households, people, identifiers, cards, e-IDs and the change events of recent years.</summary>
internal sealed class PopulationBuilder
{
    private const string Head = "Chủ hộ";
    private const double MoveRate = 0.01;
    private const double DeathRatePerYear = 0.006;
    private const double CorrectionRate = 0.002;
    private const double LegacyIdRate = 0.70;
    private const double QuangNgaiRegistrationRate = 0.92;

    private static readonly DateOnly FirstChipCard = new(2021, 1, 1);
    private static readonly DateOnly CanCuocLaw = new(2024, 7, 1);
    private static readonly DateOnly FirstLevel2Eid = new(2022, 1, 1);

    private static readonly WeightedChoice<HouseholdKind> Kinds = new(
    [
        (HouseholdKind.Single, 10), (HouseholdKind.Couple, 14), (HouseholdKind.Nuclear, 46),
        (HouseholdKind.SingleParent, 7), (HouseholdKind.ThreeGenerations, 15), (HouseholdKind.GrandparentsAndGrandchildren, 8),
    ]);

    private readonly SyntheticOptions _options;
    private readonly DateOnly _asOf;
    private readonly IReadOnlyList<CommuneProfile> _communes;
    private readonly WeightedChoice<CommuneProfile> _communeChoice;
    private readonly List<HouseholdDraft> _households = [];
    private PersonDraft[] _people;
    private int _count;
    private readonly int[] _householdCounters;
    private readonly List<RegisterChange> _changes = [];

    public PopulationBuilder(SyntheticOptions options)
    {
        _options = options;
        _asOf = options.AsOf;
        _communes = DistrictProfile.Build(options.Seed);
        _communeChoice = new WeightedChoice<CommuneProfile>(_communes.Select(c => (c, c.Weight)).ToList());
        _people = new PersonDraft[options.People];
        _householdCounters = new int[_communes.Count];
    }

    public Population Build()
    {
        var pool = new AgePool();
        var ageRandom = new SyntheticRandom(_options.Seed, Streams.Ages);
        for (var i = 0; i < _options.People; i++) pool.Add(AgePool.Pyramid.Sample(ageRandom));

        BuildHouseholds(pool, new SyntheticRandom(_options.Seed, Streams.Households));
        DescribePeople(new SyntheticRandom(_options.Seed, Streams.People));
        var issued = IssueIdentifiers(new SyntheticRandom(_options.Seed, Streams.Identifiers));
        AddEvents(new SyntheticRandom(_options.Seed, Streams.Events));
        IssueCards(new SyntheticRandom(_options.Seed, Streams.Cards));

        var citizens = new CitizenRecord[_count];
        var ages = new int[_count];
        for (var i = 0; i < _count; i++)
        {
            ref var p = ref _people[i];
            var h = _households[p.Household];
            ages[i] = p.Age;
            citizens[i] = new CitizenRecord
            {
                PersonalId = p.PersonalId,
                FullName = p.FullName,
                BirthDate = p.BirthDate,
                Sex = p.Sex,
                CommuneCode = h.Commune.Code,
                Address = h.Address,
                IsDeceased = p.Death is not null,
                DeathDate = p.Death,
                HouseholdCode = h.Code,
                RelationToHead = p.Relation,
                LegacyIdNumber = p.LegacyId,
                IdCardType = p.Card,
                IdCardIssuedOn = p.CardIssued,
                EidLevel = p.Eid,
                EidAuthenticatedOn = p.EidAuthenticated,
                EidActivatedOn = p.EidActivated,
            };
        }
        _changes.Sort(static (a, b) =>
        {
            var c = a.OccurredOn.CompareTo(b.OccurredOn);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.PersonalId, b.PersonalId);
            return c != 0 ? c : a.Kind.CompareTo(b.Kind);
        });
        return new Population(citizens, _changes, ages, issued, _communes);
    }

    private void BuildHouseholds(AgePool pool, SyntheticRandom r)
    {
        var members = new List<(int Age, Sex Sex, string Relation, string Family)>(7);
        while (pool.Adults > 0)
        {
            members.Clear();
            switch (Kinds.Sample(r))
            {
                case HouseholdKind.Single:
                    break; // the fallback below makes it
                case HouseholdKind.Couple:
                    AddCouple(members, pool, r, 20, AgePool.MaxAge, 0.85);
                    break;
                case HouseholdKind.Nuclear:
                    if (AddCouple(members, pool, r, 22, 62, 0.85))
                        AddChildren(members, pool, r, ChildCount(r, 0.30, 0.45));
                    break;
                case HouseholdKind.SingleParent:
                    var parentSex = r.Chance(0.75) ? Sex.Female : Sex.Male;
                    var parentAge = pool.Take(24, 65, r);
                    if (parentAge < 0) break;
                    members.Add((parentAge, parentSex, Head, VietnameseNames.FamilyName(r)));
                    AddChildren(members, pool, r, r.Chance(0.6) ? 1 : 2);
                    break;
                case HouseholdKind.ThreeGenerations:
                    if (!AddCouple(members, pool, r, 25, 55, 0.85)) break;
                    AddChildren(members, pool, r, ChildCount(r, 0.35, 0.45));
                    AddParentsOfHead(members, pool, r);
                    break;
                case HouseholdKind.GrandparentsAndGrandchildren:
                    AddGrandparentsAndGrandchildren(members, pool, r);
                    break;
                default:
                    throw new InvalidOperationException();
            }
            if (members.Count == 0)
            {
                var age = pool.Take(AgePool.AdultAge, AgePool.MaxAge, r);
                // Most people who live alone late in life are widows.
                var sex = age >= 65 ? (r.Chance(0.65) ? Sex.Female : Sex.Male) : (r.Chance(0.55) ? Sex.Male : Sex.Female);
                members.Add((age, sex, Head, VietnameseNames.FamilyName(r)));
            }
            var household = NewHousehold(members[0].Age, members[0].Sex, members[0].Family, r);
            foreach (var m in members) AddPerson(household, m.Age, m.Sex, m.Relation, m.Family);
        }

        // Children left over once the adults are all placed live with an older relative as grandchildren.
        for (var age = 0; age < AgePool.AdultAge; age++)
        {
            while (pool.CountOf(age) > 0)
            {
                pool.Take(age, age, r);
                var sex = r.Chance(0.51) ? Sex.Male : Sex.Female;
                var host = FindHost(age, r);
                if (host < 0)
                {
                    var alone = NewHousehold(age, sex, VietnameseNames.FamilyName(r), r);
                    AddPerson(alone, age, sex, Head, _households[alone].HeadFamily);
                    continue;
                }
                var family = r.Chance(0.6) ? _households[host].HeadFamily : VietnameseNames.FamilyName(r);
                AddPerson(host, age, sex, "Cháu", family);
            }
        }
    }

    private int FindHost(int age, SyntheticRandom r)
    {
        if (_households.Count == 0) return -1;
        var fallback = -1;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var i = r.Next(_households.Count);
            if (_households[i].Size >= 7) continue;
            if (_households[i].HeadAge >= age + 36) return i;
            fallback = i;
        }
        return fallback;
    }

    private static int ChildCount(SyntheticRandom r, double one, double two)
    {
        var x = r.NextDouble();
        return x < one ? 1 : x < one + two ? 2 : 3;
    }

    /// <summary>Head and, when someone of a fitting age is left, the spouse. False when no head of that age is left.</summary>
    private static bool AddCouple(List<(int, Sex, string, string)> members, AgePool pool, SyntheticRandom r, int minAge, int maxAge, double maleHead)
    {
        var headAge = pool.Take(minAge, maxAge, r);
        if (headAge < 0) return false;
        var headSex = r.Chance(maleHead) ? Sex.Male : Sex.Female;
        members.Add((headAge, headSex, Head, VietnameseNames.FamilyName(r)));
        // Husbands are usually a few years older than their wives.
        var spouseAge = headSex == Sex.Male
            ? pool.Take(Math.Max(AgePool.AdultAge, headAge - 10), headAge + 2, r)
            : pool.Take(Math.Max(AgePool.AdultAge, headAge - 2), headAge + 10, r);
        if (spouseAge >= 0)
            members.Add((spouseAge, headSex == Sex.Male ? Sex.Female : Sex.Male, headSex == Sex.Male ? "Vợ" : "Chồng", VietnameseNames.FamilyName(r)));
        return true;
    }

    /// <summary>Children of the couple (or lone parent) at the top of <paramref name="members"/>; they take the father's family name.</summary>
    private static void AddChildren(List<(int Age, Sex Sex, string Relation, string Family)> members, AgePool pool, SyntheticRandom r, int count)
    {
        var parents = members.Count >= 2 && members[1].Relation is "Vợ" or "Chồng" ? 2 : 1;
        var motherAge = members[0].Age;
        string? fatherFamily = null;
        for (var i = 0; i < parents; i++)
        {
            if (members[i].Sex == Sex.Female) motherAge = members[i].Age;
            else fatherFamily = members[i].Family;
        }
        fatherFamily ??= VietnameseNames.FamilyName(r); // a lone mother's children carry their absent father's name
        for (var i = 0; i < count && members.Count < 7; i++)
        {
            var age = pool.Take(motherAge - 42, motherAge - 18, r);
            if (age < 0) return;
            members.Add((age, r.Chance(0.51) ? Sex.Male : Sex.Female, "Con", fatherFamily));
        }
    }

    private static void AddParentsOfHead(List<(int Age, Sex Sex, string Relation, string Family)> members, AgePool pool, SyntheticRandom r)
    {
        var head = members[0];
        var both = r.Chance(0.45);
        var motherOnly = !both && r.Chance(0.65); // widowed mothers outnumber widowed fathers
        if (both || !motherOnly)
        {
            var fatherAge = pool.Take(head.Age + 22, head.Age + 45, r);
            if (fatherAge >= 0 && members.Count < 7) members.Add((fatherAge, Sex.Male, "Bố", head.Family));
        }
        if (both || motherOnly)
        {
            var motherAge = pool.Take(head.Age + 18, head.Age + 42, r);
            if (motherAge >= 0 && members.Count < 7) members.Add((motherAge, Sex.Female, "Mẹ", VietnameseNames.FamilyName(r)));
        }
    }

    private static void AddGrandparentsAndGrandchildren(List<(int Age, Sex Sex, string Relation, string Family)> members, AgePool pool, SyntheticRandom r)
    {
        var headAge = pool.Take(50, 90, r);
        if (headAge < 0) return;
        var headSex = r.Chance(0.55) ? Sex.Male : Sex.Female;
        members.Add((headAge, headSex, Head, VietnameseNames.FamilyName(r)));
        if (r.Chance(0.6))
        {
            var spouseAge = headSex == Sex.Male
                ? pool.Take(Math.Max(AgePool.AdultAge, headAge - 10), headAge + 2, r)
                : pool.Take(headAge - 2, headAge + 10, r);
            if (spouseAge >= 0)
                members.Add((spouseAge, headSex == Sex.Male ? Sex.Female : Sex.Male, headSex == Sex.Male ? "Vợ" : "Chồng", VietnameseNames.FamilyName(r)));
        }
        // A son's children share the grandfather's family name; a daughter's do not.
        var family = headSex == Sex.Male && r.Chance(0.65) ? members[0].Family : VietnameseNames.FamilyName(r);
        var count = ChildCount(r, 0.5, 0.35);
        for (var i = 0; i < count; i++)
        {
            var age = pool.Take(0, Math.Min(22, headAge - 36), r);
            if (age < 0) return;
            members.Add((age, r.Chance(0.51) ? Sex.Male : Sex.Female, "Cháu", family));
        }
    }

    private int NewHousehold(int headAge, Sex headSex, string headFamily, SyntheticRandom r)
    {
        var commune = _communeChoice.Sample(r);
        var number = ++_householdCounters[commune.Index];
        _households.Add(new HouseholdDraft
        {
            Commune = commune,
            Address = r.Pick(commune.Villages),
            Code = string.Create(CultureInfo.InvariantCulture, $"{commune.Code}-{number:000000}"),
            HeadAge = headAge,
            HeadSex = headSex,
            HeadFamily = headFamily,
            OldToneStyle = r.Chance(0.25),
        });
        return _households.Count - 1;
    }

    private void AddPerson(int household, int age, Sex sex, string relation, string family)
    {
        _households[household].Size++;
        if (_count == _people.Length) Array.Resize(ref _people, Math.Max(16, _count * 2));
        _people[_count++] = new PersonDraft { Household = household, Age = age, Sex = sex, Relation = relation, Family = family };
    }

    /// <summary>Birth dates (some known only to the year or month, for the old) and names.</summary>
    private void DescribePeople(SyntheticRandom r)
    {
        for (var i = 0; i < _count; i++)
        {
            ref var p = ref _people[i];
            var latest = _asOf.AddYears(-p.Age);
            var earliest = _asOf.AddYears(-p.Age - 1).AddDays(1);
            p.Birth = r.DayBetween(earliest, latest);
            var y = p.Birth.Year;
            p.BirthDate = y < 1950 && r.Chance(0.08) ? new PartialDate(y)
                : y < 1975 && r.Chance(0.03) ? new PartialDate(y, p.Birth.Month)
                : PartialDate.FromDate(p.Birth);
            var name = p.Family + " " + VietnameseNames.MiddleAndGiven(p.Sex, y, r);
            p.FullName = _households[p.Household].OldToneStyle ? ToneStyle.ToOld(name) : name;
        }
    }

    private HashSet<long> IssueIdentifiers(SyntheticRandom r)
    {
        var issued = new HashSet<long>(_count + 1024);
        var legacy = new HashSet<int>();
        for (var i = 0; i < _count; i++)
        {
            ref var p = ref _people[i];
            var province = r.Chance(QuangNgaiRegistrationRate) ? "051" : PersonalIdNumbers.OtherProvinces.Sample(r);
            p.PersonalId = PersonalIdNumbers.Issue(province, p.Sex, p.Birth.Year, issued, r);
            // Quảng Ngãi's 9-digit CMND numbers begin with 21.
            if (p.Birth.Year < 1985 && r.Chance(LegacyIdRate))
            {
                int number;
                do number = 210_000_000 + r.Next(10_000_000);
                while (!legacy.Add(number));
                p.LegacyId = number.ToString("000000000", CultureInfo.InvariantCulture);
            }
        }
        return issued;
    }

    /// <summary>Moves of whole households, deaths, births and corrections of the recent past.</summary>
    private void AddEvents(SyntheticRandom r)
    {
        var twoYearsAgo = _asOf.AddYears(-2).AddDays(1);
        var threeYearsAgo = _asOf.AddYears(-3).AddDays(1);
        foreach (var h in _households)
        {
            if (_communes.Count < 2 || !r.Chance(MoveRate)) continue;
            CommuneProfile from;
            do from = r.Pick(_communes);
            while (from.Index == h.Commune.Index);
            h.MovedFrom = from;
            h.MovedOn = r.DayBetween(twoYearsAgo, _asOf);
        }

        // Yearly death risk by age, scaled so that the whole population loses DeathRatePerYear a year.
        var hazard = new double[AgePool.MaxAge + 1];
        for (var a = 0; a <= AgePool.MaxAge; a++)
            hazard[a] = a switch { 0 => 0.002, < 40 => 0.0008, < 60 => 0.004, < 70 => 0.012, < 80 => 0.03, < 90 => 0.08, _ => 0.18 };
        var expected = 0.0;
        for (var i = 0; i < _count; i++) expected += hazard[_people[i].Age];
        var scale = expected > 0 ? DeathRatePerYear * _count / expected : 0;

        for (var i = 0; i < _count; i++)
        {
            ref var p = ref _people[i];
            var h = _households[p.Household];
            if (p.Birth >= twoYearsAgo) _changes.Add(new RegisterChange(p.PersonalId, RegisterChangeKind.Birth, p.Birth));
            var movedWith = h.MovedOn is { } moved && p.Birth < moved;
            if (movedWith)
                _changes.Add(new RegisterChange(p.PersonalId, RegisterChangeKind.Move, h.MovedOn!.Value, h.MovedFrom!.Code, h.Commune.Code));

            var yearly = Math.Min(0.5, hazard[p.Age] * scale);
            var survives = 1 - yearly;
            if (r.Chance(1 - (survives * survives * survives)))
            {
                var first = Max(threeYearsAgo, p.Birth);
                if (movedWith) first = Max(first, h.MovedOn!.Value);
                if (first <= _asOf)
                {
                    p.Death = r.DayBetween(first, _asOf);
                    _changes.Add(new RegisterChange(p.PersonalId, RegisterChangeKind.Death, p.Death.Value));
                }
            }

            if (r.Chance(CorrectionRate)) AddCorrection(in p, Max(twoYearsAgo, p.Birth), p.Death ?? _asOf, r);
        }
    }

    private void AddCorrection(in PersonDraft p, DateOnly first, DateOnly last, SyntheticRandom r)
    {
        if (first > last) return;
        string details;
        if (p.BirthDate.Precision == DatePrecision.Day && r.Chance(0.4))
        {
            // A wrong day within the same year, so the personal ID stays right.
            var wrong = p.Birth.AddDays(r.Chance(0.5) ? r.Between(1, 20) : -r.Between(1, 20));
            if (wrong.Year != p.Birth.Year) wrong = new DateOnly(p.Birth.Year, p.Birth.Month, p.Birth.Day == 1 ? 2 : 1);
            details = "Ngày sinh: " + PartialDate.FromDate(wrong) + " → " + p.BirthDate;
        }
        else
        {
            var wrong = r.Chance(0.5) ? NameErrors.Typo(p.FullName, r) : NameErrors.StripDiacritics(p.FullName);
            if (string.Equals(wrong, p.FullName, StringComparison.Ordinal)) wrong = NameErrors.Typo(p.FullName, r);
            details = "Họ và tên: " + wrong + " → " + p.FullName;
        }
        _changes.Add(new RegisterChange(p.PersonalId, RegisterChangeKind.Correction, r.DayBetween(first, last), Details: details));
    }

    /// <summary>Identity cards (chip CCCD until 30/06/2024, Căn cước after) and VNeID accounts, at each commune's rates.</summary>
    private void IssueCards(SyntheticRandom r)
    {
        var end2021 = new DateOnly(2021, 12, 31);
        for (var i = 0; i < _count; i++)
        {
            ref var p = ref _people[i];
            var commune = _households[p.Household].Commune;
            var last = p.Death ?? _asOf;
            DateOnly first;
            if (p.Age < 14)
            {
                // Children have been able to get a card only under the 2023 Law on Identity, from 01/07/2024.
                if (!r.Chance(p.Age < 6 ? commune.CardRateUnder6 : commune.CardRate6To13)) continue;
                first = Max(CanCuocLaw, p.Birth);
                if (first > last) continue;
                p.CardIssued = r.DayBetween(first, last);
            }
            else
            {
                if (!r.Chance(commune.CardRate14Plus)) continue;
                first = Max(FirstChipCard, p.Birth.AddYears(14));
                if (first > last) continue;
                // Most adults got their chip card in the 2021 campaign.
                p.CardIssued = first <= end2021 && r.Chance(0.55)
                    ? r.DayBetween(first, Min(end2021, last))
                    : r.DayBetween(first, last);
            }
            p.Card = p.CardIssued < CanCuocLaw ? IdCardType.Cccd : IdCardType.CanCuoc;

            if (p.Age < 14) continue;
            if (r.Chance(commune.EidLevel2Rate))
            {
                var from = Max(FirstLevel2Eid, p.CardIssued.Value);
                if (from > last) continue;
                p.Eid = EidLevel.Level2;
                p.EidAuthenticated = r.DayBetween(from, last);
                if (r.Chance(commune.EidActivatedRate))
                    p.EidActivated = r.DayBetween(p.EidAuthenticated.Value, Min(last, p.EidAuthenticated.Value.AddDays(120)));
            }
            else if (r.Chance(0.2))
            {
                p.Eid = EidLevel.Level1;
            }
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
