using SachSong.Core.Units;
using SachSong.Core.Units.Formats;

namespace SachSong.Core.Tests.Units.Formats;

public sealed partial class UnitFileReaderTests
{
    private static IEnumerable<UnitMapping> CommuneLinks(UnitFile file) => file.Mappings.Where(m => m.NewCode.Length == 5);

    [Fact]
    public void Read_DvhcvnMerges_Gives10604LinksWith9592FullAnd1012Partial()
    {
        var file = files.Merges;

        var links = CommuneLinks(file).ToList();
        Assert.Equal(
            (10_604, 9_592, 1_012),
            (links.Count, links.Count(m => m.Kind == MergeKind.Full), links.Count(m => m.Kind == MergeKind.Partial)));
        Assert.Equal(UnitFileFormats.DvhcvnMerges, file.Format);
    }

    [Fact]
    public void Read_DvhcvnMerges_LinksOldToNewVersion()
    {
        var file = files.Merges;

        Assert.Contains(new UnitMapping("2025-03", "21046", "2025-07", "21040", MergeKind.Full), file.Mappings);
        Assert.All(file.Mappings, m => Assert.Equal(("2025-03", "2025-07"), (m.OldVersion, m.NewVersion)));
    }

    [Fact]
    public void Read_DvhcvnMerges_IncludesProvinceLinks()
    {
        var file = files.Merges;

        var provinceLinks = file.Mappings.Where(m => m.NewCode.Length == 2).ToList();
        Assert.Equal(63, provinceLinks.Count);
        Assert.Contains(new UnitMapping("2025-03", "64", "2025-07", "52", MergeKind.Full), provinceLinks);
    }

    [Fact]
    public void Read_DvhcvnMerges_IslandDistrictLinksAreWarned()
    {
        var file = files.Merges;

        var fromDistricts = file.Mappings.Where(m => m.OldCode.Length == 3).Select(m => m.OldCode).Order(StringComparer.Ordinal);
        Assert.Equal(["318", "471", "498", "536", "755"], fromDistricts);
        Assert.Equal(5, file.Warnings.Count);
    }

    [Fact]
    public void Read_DvhcvnMerges_BinhSonMatchesBuiltInCatalogue()
    {
        var file = files.Merges;

        Assert.All(BuiltInCatalogue.Mappings, m => Assert.Contains(m, file.Mappings));
    }

    [Fact]
    public void Read_DvhcvnSplits_Gives10599CommuneLinks()
    {
        var file = files.Splits;

        Assert.Equal(10_599, CommuneLinks(file).Count());
        Assert.Equal(10_047, CommuneLinks(file).Select(m => m.OldCode).Distinct().Count());
        Assert.Equal(UnitFileFormats.DvhcvnSplits, file.Format);
    }

    [Fact]
    public void Read_DvhcvnSplits_AgreesWithMergesOnEveryCommuneLinkAndKind()
    {
        var merges = CommuneLinks(files.Merges).Where(m => m.OldCode.Length == 5).ToHashSet();

        var splits = CommuneLinks(files.Splits).ToHashSet();

        Assert.True(merges.SetEquals(splits));
    }

    [Fact]
    public void Read_DvhcvnSplits_OldCommuneSplitOverSeveralIsPartial()
    {
        var links = CommuneLinks(files.Splits).ToList();

        var multi = links.GroupBy(m => m.OldCode).Where(g => g.Count() > 1).SelectMany(g => g).ToList();
        Assert.All(multi, m => Assert.Equal(MergeKind.Partial, m.Kind));
        Assert.Equal(links.Count - multi.Count, links.Count(m => m.Kind == MergeKind.Full));
    }
}
