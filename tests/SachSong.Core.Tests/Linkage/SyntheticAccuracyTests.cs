using SachSong.Core.Linkage;
using SachSong.Core.Synthetic;

namespace SachSong.Core.Tests.Linkage;

public sealed class SyntheticAccuracyTests
{
    [Fact]
    public void Match_GeneratedDistrictWithEveryErrorType_MeetsTheTargetsWithAMargin()
    {
        var district = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = 20_000, Seed = 7 });

        var report = SyntheticEvaluation.Run(district, new RegisterMatchSettings(), s => TestContext.Current.TestOutputHelper?.WriteLine(s));

        foreach (var line in SyntheticEvaluation.Format(report)) TestContext.Current.TestOutputHelper?.WriteLine(line);
        Assert.True(report.Total.Precision >= 0.999, $"precision {report.Total.Precision}");
        Assert.True(report.Total.F1 >= 0.996, $"F1 {report.Total.F1}");
        Assert.True(report.Total.ReviewShare <= 0.015, $"review {report.Total.ReviewShare}");
    }
}
