using SachSong.App.Linkage;

namespace SachSong.App.Tests.Linkage;

public sealed class FebrlEvaluationTests
{
    [Fact]
    public void Run_Febrl4WithoutLabels_ReachesF1OfAtLeast099()
    {
        var directory = SharedData.PathOf("linkage/febrl");
        Assert.SkipUnless(File.Exists(Path.Combine(directory, "dataset4a.csv")), "FEBRL4 is not in ../shared/data/linkage/febrl");

        var result = FebrlEvaluation.Run(directory);

        TestContext.Current.TestOutputHelper?.WriteLine(FebrlEvaluation.Format(result.Metrics));
        foreach (var line in result.Log) TestContext.Current.TestOutputHelper?.WriteLine(line);
        TestContext.Current.TestOutputHelper?.WriteLine(result.Model.Describe());
        Assert.True(result.Metrics.F1 >= 0.99, FebrlEvaluation.Format(result.Metrics));
    }
}
