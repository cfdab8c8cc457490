namespace SachSong.Cli.Tests;

public sealed class ListsCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ImportMatchExport_DemoList_RunsTheWholeLoopFromTheCommandLine()
    {
        await _cli.RunAsync("demo", "--people", "3000");
        var list = Path.Combine(_cli.DataFolder, "demo", "lists", "social_protection.csv");
        var output = _cli.PathOf("ket-qua.xlsx");

        var import = await _cli.RunAsync("lists", "import", list, "--program", "social_protection", "--unit", "Huyện Bình Sơn", "--user", "lđtbxh");
        var match = await _cli.RunAsync("lists", "match", "1");
        var export = await _cli.RunAsync("lists", "export", "1", "--out", output);
        var worklist = await _cli.RunAsync("lists", "worklist", "1");
        var rounds = await _cli.RunAsync("lists", "rounds", "1");

        Assert.True(import.Exit == 0, import.Err);
        Assert.Contains("Danh sách 1, phiên bản 1", import.Out, StringComparison.Ordinal);
        Assert.True(match.Exit == 0, match.Err);
        Assert.Contains("Đợt 1", match.Out, StringComparison.Ordinal);
        Assert.Equal(0, export.Exit);
        Assert.True(new FileInfo(output).Length > 0);
        Assert.Contains("dòng cần làm sạch", worklist.Out, StringComparison.Ordinal);
        Assert.Contains("Đợt 1", rounds.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownProgram_ExitsWithTwoAndSaysWhichAreValid()
    {
        var file = _cli.PathOf("x.csv");
        await File.WriteAllTextAsync(file, "Họ và tên,Ngày sinh\nNguyễn Văn A,1950\n", TestContext.Current.CancellationToken);

        var (exit, _, error) = await _cli.RunAsync("lists", "import", file, "--program", "lottery", "--unit", "Xã Bình Long");

        Assert.Equal(2, exit);
        Assert.Contains("social_protection", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AmbiguousUnitName_ListsTheCandidates()
    {
        var file = _cli.PathOf("x.csv");
        await File.WriteAllTextAsync(file, "Họ và tên,Ngày sinh\nNguyễn Văn A,1950\n", TestContext.Current.CancellationToken);

        var (exit, _, error) = await _cli.RunAsync("lists", "import", file, "--program", "workers", "--unit", "Binh Thanh");

        Assert.Equal(2, exit);
        Assert.Contains("Xã Bình Thạnh (21046)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_RowThatIsNotInReview_IsRefused()
    {
        await _cli.RunAsync("demo", "--people", "2000");
        await _cli.RunAsync("lists", "import", Path.Combine(_cli.DataFolder, "demo", "lists", "meritorious.csv"), "--program", "meritorious", "--unit", "524");
        await _cli.RunAsync("lists", "match", "1");

        var (exit, _, error) = await _cli.RunAsync("lists", "decide", "999999", "--not-in-register");

        Assert.Equal(2, exit);
        Assert.Contains("999999", error, StringComparison.Ordinal);
    }
}
