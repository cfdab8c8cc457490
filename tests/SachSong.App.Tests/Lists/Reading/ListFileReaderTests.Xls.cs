using SachSong.App.Files;
using SachSong.App.Lists.Reading;
using SachSong.Core.Lists;

namespace SachSong.App.Tests.Lists.Reading;

public sealed partial class ListFileReaderTests
{
    private const string WriteSourcesVariable = "SACHSONG_WRITE_LIST_FIXTURES";

    private static readonly Dictionary<string, Func<XlsxBook>> XlsSources = new(StringComparer.Ordinal)
    {
        ["merged-header"] = ListWorkbooks.MergedHeader,
        ["tcvn3"] = ListWorkbooks.Tcvn3,
    };

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Theory]
    [InlineData("merged-header")]
    [InlineData("tcvn3")]
    public void Read_XlsFixture_ReadsLikeTheXlsxItWasMadeFrom(string name)
    {
        var fromXlsx = Loaded(ListFileReader.Read(_folder.Save(XlsSources[name](), name + ".xlsx")));

        var fromXls = Loaded(ListFileReader.Read(Fixture(name + ".xls")));

        Assert.Equivalent(Summary(fromXlsx), Summary(fromXls), strict: true);
    }

    [Fact]
    public void ReadMergedCells_XlsFixture_GivesTheMergedHeaderRanges()
    {
        var merges = TabularFile.ReadMergedCells(Fixture("merged-header.xls")).Single().Merges;

        Assert.Contains(new MergedCells(5, 5, 2, 3), merges);
    }

    [Fact]
    public void FixtureSources_WhenAsked_AreWrittenForLibreOffice()
    {
        var folder = Environment.GetEnvironmentVariable(WriteSourcesVariable);
        Assert.SkipWhen(string.IsNullOrEmpty(folder), $"set {WriteSourcesVariable} to a folder to write the .xlsx sources of the .xls fixtures");

        foreach (var (name, book) in XlsSources) book().Save(Path.Combine(folder, name + ".xlsx"));

        Assert.All(XlsSources.Keys, name => Assert.True(File.Exists(Path.Combine(folder, name + ".xlsx"))));
    }

    // What a reader of the list sees, without the file name (the .xls and .xlsx are two files).
    private static object Summary(ListFileContent content) => new
    {
        Sheets = content.Sheets.Select(s => new { s.Name, s.HeaderRows, s.Mapping.DataStartRow, s.Columns, s.Signature, s.Encoding }).ToArray(),
        Rows = content.Rows.Select(r => new { r.Sheet, r.RowNumber, Values = r.Values.OrderBy(v => v.Key).ToArray() }).ToArray(),
        Rejected = content.Rejected.Select(p => new { p.Sheet, p.Row, p.Column, p.Message }).ToArray(),
        Skipped = content.Skipped.Select(s => new { s.Sheet, s.Row, s.Reason, s.Message }).ToArray(),
        content.BlankRows,
        content.Encoding,
    };
}
