using SachSong.Core.Register;

namespace SachSong.Cli.Tests;

public sealed class CliAppTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Help_ByDefault_IsInVietnamese()
    {
        var (exit, output, _) = await _cli.RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Contains("Sổ dân cư", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_WithLangEn_IsInEnglish()
    {
        var (_, output, _) = await _cli.RunAsync("register", "import", "--help", "--lang", "en");

        Assert.Contains("insert or update by personal ID", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitsResolve_NameWithMissingDiacritic_PrintsTheUnit()
    {
        var (exit, output, _) = await _cli.RunAsync("units", "resolve", "Thị trấn Châu Ô");

        Assert.Equal((0, "21040\tThị trấn Châu Ổ\t2025-03"), (exit, output.Trim()));
    }

    [Fact]
    public async Task UnitsResolve_AmbiguousName_FailsListingTheCandidates()
    {
        var (exit, _, error) = await _cli.RunAsync("units", "resolve", "Binh Thanh");

        Assert.Equal(2, exit);
        Assert.Contains("Xã Bình Thạnh (21046); Xã Bình Thanh (21091)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterImport_BadRow_ExitsWithTwoAndNamesFileRowAndColumn()
    {
        var file = _cli.PathOf("bad.csv");
        await File.WriteAllTextAsync(file,
            "personal_id,full_name,birth_date,sex,commune_code,address,deceased\n" +
            $"{PersonalId.Create("051", Sex.Male, 1980, 1)},Nguyễn Văn A,31/02/1980,Nam,21040,,0\n", TestContext.Current.CancellationToken);

        var (exit, _, error) = await _cli.RunAsync("register", "import", file);

        Assert.Equal(2, exit);
        Assert.Contains("bad.csv, dòng 2, cột birth_date", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterImportThenExport_WritesTheContractHeaderAndTheRows()
    {
        var file = _cli.PathOf("ok.csv");
        var id = PersonalId.Create("051", Sex.Female, 1950, 7).Value;
        await File.WriteAllTextAsync(file,
            "Số định danh,Họ và tên,Ngày sinh,Giới tính,Mã xã,Địa chỉ,Đã mất\n" + $"{id},Trần Thị Thuỷ,1950,Nữ,21046,Thôn Phước Hòa,0\n",
            TestContext.Current.CancellationToken);
        await _cli.RunAsync("register", "import", file);

        var (exit, output, _) = await _cli.RunAsync("register", "export");

        Assert.Equal(0, exit);
        Assert.Equal(
            ["personal_id,full_name,birth_date,sex,commune_code,address,deceased", $"{id},Trần Thị Thuỷ,1950,Nữ,21046,Thôn Phước Hòa,0"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Demo_FirstRun_FillsTheRegisterAndPrintsEachCommune_SecondRunKeepsIt()
    {
        var (exit, output, error) = await _cli.RunAsync("demo", "--people", "3000");
        var (_, again, _) = await _cli.RunAsync("demo", "--people", "3000");

        Assert.True(exit == 0, error);
        Assert.Contains("Thị trấn Châu Ổ", output, StringComparison.Ordinal);
        Assert.Contains("Xã Bình Châu", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_cli.DataFolder, "sachsong.db")));
        Assert.Contains("đã có dữ liệu", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_SameSeedTwice_WritesIdenticalFiles()
    {
        var a = _cli.PathOf("a");
        var b = _cli.PathOf("b");

        await _cli.RunAsync("generate", "--people", "2000", "--seed", "7", "--out", a);
        await _cli.RunAsync("generate", "--people", "2000", "--seed", "7", "--out", b);

        var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("register.csv", files);
        Assert.All(files, f => Assert.Equal(File.ReadAllText(Path.Combine(a, f)), File.ReadAllText(Path.Combine(b, f))));
    }

    [Fact]
    public async Task UnitsImport_UnknownFormat_ExitsWithTwoNamingTheFile()
    {
        var file = _cli.PathOf("nonsense.json");
        await File.WriteAllTextAsync(file, "{\"hello\": 1}", TestContext.Current.CancellationToken);

        var (exit, _, error) = await _cli.RunAsync("units", "import", file);

        Assert.Equal(2, exit);
        Assert.Contains("nonsense.json", error, StringComparison.Ordinal);
    }
}
