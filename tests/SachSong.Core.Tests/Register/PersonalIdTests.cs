using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Register;

public sealed class PersonalIdTests
{
    [Theory]
    [InlineData("051080000123", "051", Sex.Male, 1980)]
    [InlineData("051150004567", "051", Sex.Female, 1950)]
    [InlineData("049319000088", "049", Sex.Female, 2019)]
    [InlineData("001205123456", "001", Sex.Male, 2005)]
    [InlineData("096099999999", "096", Sex.Male, 1999)]
    public void Parse_ValidNumber_ReadsProvinceSexAndBirthYear(string text, string province, Sex sex, int year)
    {
        var id = Assert.IsType<PersonalIdParse.Valid>(PersonalId.Parse(text)).Id;

        Assert.Equal((province, sex, year), (id.ProvinceCode, id.Sex, id.BirthYear));
    }

    [Theory]
    [InlineData("051 080 000 123")]
    [InlineData("051.080.000.123")]
    [InlineData("51080000123")]
    public void Parse_TypedWithSeparatorsOrWithoutLeadingZero_IsTheSameNumber(string text) =>
        Assert.Equal("051080000123", Assert.IsType<PersonalIdParse.Valid>(PersonalId.Parse(text)).Id.Value);

    [Fact]
    public void Parse_NineDigits_IsALegacyCmndNumberNotAnError() =>
        Assert.Equal("212345678", Assert.IsType<PersonalIdParse.Legacy>(PersonalId.Parse("212345678")).Number);

    [Theory]
    [InlineData("05108000012", "12 chữ số")]
    [InlineData("0510800001234", "12 chữ số")]
    [InlineData("003080000123", "Mã tỉnh")]
    [InlineData("099080000123", "Mã tỉnh")]
    [InlineData("05108000012A", "không phải chữ số")]
    public void Parse_MalformedNumber_SaysWhy(string text, string reason) =>
        Assert.Contains(reason, Assert.IsType<PersonalIdParse.Invalid>(PersonalId.Parse(text)).Reason, StringComparison.Ordinal);

    [Fact]
    public void Parse_Empty_IsMissing() => Assert.IsType<PersonalIdParse.Missing>(PersonalId.Parse("  "));

    [Fact]
    public void Create_ThenParse_RoundTrips()
    {
        var id = PersonalId.Create("051", Sex.Female, 2003, 42);

        Assert.Equal(("051303000042", Sex.Female, 2003), (id.Value, ((PersonalIdParse.Valid)PersonalId.Parse(id.Value)).Id.Sex, id.BirthYear));
    }

    [Fact]
    public void Disagreements_SexAndYearDifferFromTheId_ReportsBoth()
    {
        var id = PersonalId.Create("051", Sex.Male, 1980, 1);

        var problems = PersonalIdChecks.Disagreements(id, Sex.Female, new PartialDate(1981));

        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void Disagreements_ConsistentRecord_IsEmpty() =>
        Assert.Empty(PersonalIdChecks.Disagreements(PersonalId.Create("051", Sex.Male, 1980, 1), Sex.Male, new PartialDate(1980, 3, 5)));

    [Fact]
    public void ProvinceTable_MatchesTheOfficialList()
    {
        var lines = File.ReadAllLines(SharedData.PathOf("vietnamese-id/province-codes.csv")).Skip(1);
        var official = lines.Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(official, BirthRegistrationProvinces.Codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CenturyDigits_MatchTheOfficialTable()
    {
        var rows = File.ReadAllLines(SharedData.PathOf("vietnamese-id/century-gender-codes.csv")).Skip(1).Select(l => l.Split(','));

        foreach (var r in rows)
        {
            var id = Assert.IsType<PersonalIdParse.Valid>(PersonalId.Parse($"051{r[0]}45000001")).Id;
            Assert.Equal((int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture) + 45, r[4] == "male" ? Sex.Male : Sex.Female), (id.BirthYear, id.Sex));
        }
    }
}
