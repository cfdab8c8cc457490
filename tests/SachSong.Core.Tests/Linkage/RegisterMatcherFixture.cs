using SachSong.Core.Linkage;
using SachSong.Core.Register;
using SachSong.Core.Synthetic;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Linkage;

/// <summary>A generated register with two namesakes added, a list of crafted rows (one per reason) after a generated list, matched once.</summary>
public sealed class RegisterMatcherFixture
{
    public RegisterMatcherFixture()
    {
        var district = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = 3000, Seed = 11 });
        var citizens = district.Citizens;
        var living = citizens.Where(c => !c.IsDeceased && c.BirthDate.Precision == DatePrecision.Day && c.BirthDate.Day > 12).ToList();
        var people = citizens.Select(RegisterPerson.From).ToList();
        var twin1 = new RegisterPerson("051090000001", "Nguyễn Văn Song", new PartialDate(1990, 1, 1), Sex.Male, living[0].CommuneCode, false, null);
        var twin2 = twin1 with { PersonalId = "051090000002" };
        people.Add(twin1);
        people.Add(twin2);
        Index = RegisterIndex.Build(people);

        ListRow Row(string id, CitizenRecord c, Func<ListRow, ListRow>? change = null)
        {
            var row = new ListRow(id, c.PersonalId, c.FullName, c.BirthDate.ToString(), c.Sex.ToVietnamese(), c.CommuneCode);
            return change is null ? row : change(row);
        }
        var withLegacy = living.First(c => c.LegacyIdNumber is not null);
        var dead = citizens.First(c => c.IsDeceased);
        var otherCommune = citizens.Select(c => c.CommuneCode).First(c => c != living[10].CommuneCode);
        Crafted =
        [
            Row("clean", living[1]),
            Row("id-invalid", living[2], r => r with { PersonalId = "12345" }),
            Row("id-not-found", living[3], r => r with { PersonalId = UnusedId(living[3].PersonalId) }),
            Row("id-other", living[4], r => r with { PersonalId = living[5].PersonalId }),
            Row("name-differs", living[6], r => r with { FullName = living[6].FullName + "h" }),
            Row("date-differs", living[7], r => r with { BirthDate = new PartialDate(living[7].BirthDate.Year - 1, living[7].BirthDate.Month, living[7].BirthDate.Day).ToString() }),
            Row("sex-differs", living[8], r => r with { Sex = living[8].Sex == Sex.Male ? "Nữ" : "Nam" }),
            Row("deceased", dead),
            Row("duplicate-1", living[9]),
            Row("duplicate-2", living[9], r => r with { FullName = living[9].FullName.ToUpperInvariant() }),
            Row("not-in-unit", living[10], r => r with { CommuneCode = otherCommune }),
            Row("legacy", withLegacy, r => r with { PersonalId = withLegacy.LegacyIdNumber }),
            new ListRow("namesake", null, "Nguyễn Văn Song", "01/01/1990", "Nam", twin1.CommuneCode),
            new ListRow("nobody", null, "Hứa Thị Xuyến", "02/02/1977", "Nữ", living[0].CommuneCode),
        ];
        var bulk = district.Lists.Single(l => l.Program == SyntheticPrograms.Workers).Rows
            .Select(r => new ListRow("w-" + r.RowId, r.PersonalId, r.FullName, r.BirthDate, r.Sex, r.CommuneCode))
            .Where(r => !Crafted.Any(c => c.PersonalId == r.PersonalId)).ToList();
        Rows = [.. bulk, .. Crafted];
        Matcher = new RegisterMatcher(Index, new RegisterMatchSettings());
        Decisions = Matcher.Match(Rows).ToDictionary(d => d.RowId, StringComparer.Ordinal);
        People = people.ToDictionary(p => p.PersonalId, StringComparer.Ordinal);
        Living = living;
    }

    public RegisterIndex Index { get; }
    public RegisterMatcher Matcher { get; }
    public IReadOnlyList<ListRow> Crafted { get; }
    public IReadOnlyList<ListRow> Rows { get; }
    public IReadOnlyDictionary<string, MatchDecision> Decisions { get; }
    public IReadOnlyDictionary<string, RegisterPerson> People { get; }
    public IReadOnlyList<CitizenRecord> Living { get; }

    private string UnusedId(string id)
    {
        for (var serial = 999_999; ; serial--)
        {
            var candidate = string.Concat(id.AsSpan(0, 6), serial.ToString("000000", System.Globalization.CultureInfo.InvariantCulture));
            if (Index.Find(candidate) is null) return candidate;
        }
    }
}
