using SachSong.Core.Linkage;

namespace SachSong.Core.Tests.Linkage;

public sealed class ExpectationMaximisationTests
{
    [Fact]
    public void Run_PairsDrawnFromAKnownModel_RecoversMAndLambda()
    {
        // Two comparisons with two levels; 20% of pairs are matches with m = (0.9, 0.1), u = (0.05, 0.95).
        var rng = new Random(3);
        var vectors = new List<sbyte[]>();
        for (var i = 0; i < 20_000; i++)
        {
            var match = rng.NextDouble() < 0.2;
            var v = new sbyte[2];
            for (var k = 0; k < 2; k++) v[k] = (sbyte)((match ? rng.NextDouble() < 0.9 : rng.NextDouble() < 0.05) ? 0 : 1);
            vectors.Add(v);
        }
        var (patterns, counts) = ExpectationMaximisation.Compress(vectors);
        double[][] u = [[0.05, 0.95], [0.05, 0.95]];

        var result = ExpectationMaximisation.Run(patterns, counts, [true, true], [[0.5, 0.5], [0.5, 0.5]], u, 0.5, 200, 1e-7);

        Assert.True(result.Converged);
        Assert.Equal(0.2, result.Lambda, 1);
        Assert.Equal(0.9, result.M[0][0], 1);
        Assert.Equal(0.9, result.M[1][0], 1);
    }

    [Fact]
    public void Run_InactiveComparison_KeepsItsStartingM()
    {
        var (patterns, counts) = ExpectationMaximisation.Compress([[0, 1], [0, 0], [1, 1]]);

        var result = ExpectationMaximisation.Run(patterns, counts, [true, false], [[0.5, 0.5], [0.3, 0.7]], [[0.1, 0.9], [0.1, 0.9]], 0.5, 50, 1e-6);

        Assert.Equal([0.3, 0.7], result.M[1]);
    }
}
