using SachSong.App.Linkage;
using SachSong.Core.Linkage;
using SachSong.Core.Register;
using SachSong.Core.Synthetic;
using SachSong.Core.Text;

namespace SachSong.App.Tests.Linkage;

public sealed class RegisterFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sachsong-link-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_GeneratedRegister_GivesTheSamePeopleAsTheRecords()
    {
        var citizens = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = 3000, Seed = 2 }).Citizens;
        var path = Path.Combine(_folder, "register.csv");
        using (var writer = new StreamWriter(path))
        {
            var csv = new CsvWriter(writer);
            csv.WriteRecord([.. RegisterFormat.RequiredHeaders, .. RegisterFormat.OptionalHeaders]);
            foreach (var c in citizens) csv.WriteRecord(RegisterFormat.ToCells(c, RegisterFormat.AllColumns));
        }

        var result = RegisterFileReader.Read(path, new DateOnly(2025, 1, 1), TestContext.Current.CancellationToken);

        Assert.Empty(result.Problems);
        Assert.Equal(citizens.Select(RegisterPerson.From), Enumerable.Range(0, result.Index!.Count).Select(result.Index.Person));
    }

    [Fact]
    public void Read_DuplicateId_ReportsTheLaterRow()
    {
        var path = Path.Combine(_folder, "dup.csv");
        File.WriteAllText(path,
            "personal_id,full_name,birth_date,sex,commune_code,address,deceased\n" +
            "051093128378,Bùi Đức Thuận,13/11/1993,Nam,21073,,0\n" +
            "051093128378,Bùi Đức Thuận,13/11/1993,Nam,21073,,0\n");

        var result = RegisterFileReader.Read(path, new DateOnly(2025, 1, 1), TestContext.Current.CancellationToken);

        Assert.Equal("dup.csv, dòng 3, cột personal_id: Số định danh 051093128378 trùng với dòng 2", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Read_LegacyEncodedName_IsRepairedOnTheGeneralPath()
    {
        var path = Path.Combine(_folder, "tcvn3.csv");
        var tcvn3 = LegacyText.FromUnicode("Nguyễn Văn Hùng", LegacyEncoding.Tcvn3);
        File.WriteAllText(path, "personal_id,full_name,birth_date,sex,commune_code,address,deceased\n" +
            $"051093128378,{tcvn3},13/11/1993,Nam,21073,,0\n");

        var result = RegisterFileReader.Read(path, new DateOnly(2025, 1, 1), TestContext.Current.CancellationToken);

        Assert.Equal("Nguyễn Văn Hùng", result.Index!.Find("051093128378")!.FullName);
    }

    [Fact]
    public void ReadList_RepeatedRowId_IsAProblemNamingBothRows()
    {
        var path = Path.Combine(_folder, "list.csv");
        File.WriteAllText(path, "row_id,personal_id,full_name,birth_date,sex,commune_code\n1,,A,,,\n1,,B,,,\n");

        var result = MatchListFile.Read(path, TestContext.Current.CancellationToken);

        Assert.Equal("list.csv, dòng 3, cột row_id: row_id '1' trùng với dòng 2", Assert.Single(result.Problems).ToString());
    }
}
