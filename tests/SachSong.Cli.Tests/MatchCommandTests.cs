using SachSong.Core.Register;
using SachSong.Core.Synthetic;
using SachSong.Core.Text;

namespace SachSong.Cli.Tests;

public sealed class MatchCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private (string Register, string List) WriteDistrict()
    {
        var district = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = 2000, Seed = 5 });
        var register = _cli.PathOf("register.csv");
        using (var writer = new StreamWriter(register))
        {
            var csv = new CsvWriter(writer);
            csv.WriteRecord([.. RegisterFormat.RequiredHeaders, "legacy_id"]);
            foreach (var c in district.Citizens) csv.WriteRecord([.. RegisterFormat.ToCells(c, RegisterFormat.ContractColumns), c.LegacyIdNumber]);
        }
        var list = _cli.PathOf("list.csv");
        using (var writer = new StreamWriter(list))
        {
            var csv = new CsvWriter(writer);
            csv.WriteRecord([.. SyntheticDistrictWriter.ListHeaders]);
            foreach (var r in district.Lists.SelectMany(l => l.Rows).Take(400))
                csv.WriteRecord(r.RowId, r.PersonalId, r.FullName, r.BirthDate, r.Sex, r.CommuneCode);
        }
        return (register, list);
    }

    [Fact]
    public async Task Match_TwoFiles_WritesTheContractHeaderAndOneLinePerRowInListOrder()
    {
        var (register, list) = WriteDistrict();
        var output = _cli.PathOf("out.csv");

        var (exit, _, error) = await _cli.RunAsync("match", "--register", register, "--list", list, "--out", output);

        Assert.Equal((0, ""), (exit, error));
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        var listIds = (await File.ReadAllLinesAsync(list, TestContext.Current.CancellationToken)).Skip(1).Select(l => l.Split(',')[0]);
        Assert.Equal("row_id,status,personal_id,score,reasons", lines[0]);
        Assert.Equal(listIds, lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(lines.Skip(1), l => Assert.Matches(@"^[^,]+,(matched|review|unmatched),\d*,[01](\.\d+)?,[A-Z_;]*$", l));
    }

    [Fact]
    public async Task Match_ListWithoutRowIdColumn_ExitsWithTwoNamingTheFile()
    {
        var (register, _) = WriteDistrict();
        var list = _cli.PathOf("bad-list.csv");
        await File.WriteAllTextAsync(list, "personal_id,full_name\n051093128378,Bùi Đức Thuận\n", TestContext.Current.CancellationToken);

        var (exit, _, error) = await _cli.RunAsync("match", "--register", register, "--list", list, "--out", _cli.PathOf("out.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("bad-list.csv, dòng 1: thiếu cột row_id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_RegisterRowWithBadDate_ExitsWithTwoNamingFileRowAndColumn()
    {
        var register = _cli.PathOf("bad-register.csv");
        await File.WriteAllTextAsync(register,
            "personal_id,full_name,birth_date,sex,commune_code,address,deceased\n" +
            "051093128378,Bùi Đức Thuận,13/11/1993,Nam,21073,Thôn 1,0\n" +
            "051199408664,Ngô Ngọc Yến,31/02/1999,Nữ,21073,Thôn 1,0\n", TestContext.Current.CancellationToken);
        var list = _cli.PathOf("list.csv");
        await File.WriteAllTextAsync(list, "row_id,personal_id,full_name,birth_date,sex,commune_code\n1,051093128378,Bùi Đức Thuận,13/11/1993,Nam,21073\n",
            TestContext.Current.CancellationToken);

        var (exit, _, error) = await _cli.RunAsync("match", "--register", register, "--list", list, "--out", _cli.PathOf("out.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("bad-register.csv, dòng 3, cột birth_date:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_AcceptValid_MatchesAgainstTheGoodRegisterRows()
    {
        var register = _cli.PathOf("register.csv");
        await File.WriteAllTextAsync(register,
            "Số định danh,Họ và tên,Ngày sinh,Giới tính,Mã xã,Địa chỉ,Đã mất\n" +
            "051093128378,Bùi Đức Thuận,13/11/1993,Nam,21073,Thôn 1,0\n" +
            "051199408664,Ngô Ngọc Yến,31/02/1999,Nữ,21073,Thôn 1,0\n", TestContext.Current.CancellationToken);
        var list = _cli.PathOf("list.csv");
        await File.WriteAllTextAsync(list, "row_id,personal_id,full_name,birth_date,sex,commune_code\n1,051093128378,BUI DUC THUAN,13/11/1993,Nam,21074\n",
            TestContext.Current.CancellationToken);
        var output = _cli.PathOf("out.csv");

        var (exit, _, _) = await _cli.RunAsync("match", "--register", register, "--list", list, "--out", output, "--accept-valid");

        Assert.Equal(0, exit);
        Assert.Equal("1,matched,051093128378,1,NAME_DIFFERS;NOT_IN_UNIT", (await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken))[1]);
    }

    [Fact]
    public async Task Match_MissingFile_ExitsWithTwo()
    {
        var (exit, _, error) = await _cli.RunAsync("match", "--register", _cli.PathOf("nope.csv"), "--list", _cli.PathOf("nope2.csv"), "--out", _cli.PathOf("o.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("nope.csv", error, StringComparison.Ordinal);
    }
}
