namespace SachSong.Core.Linkage;

/// <summary>
/// Expectation–maximisation for a Fellegi–Sunter model on comparison vectors, with u held fixed (estimated beforehand
/// from random pairs) and m and λ estimated. Vectors are compressed to distinct patterns first, so each iteration costs
/// the number of patterns, not of pairs.
/// </summary>
public static class ExpectationMaximisation
{
    /// <summary>Smallest m or u a level may take, so that no level has an infinite weight.</summary>
    public const double Floor = 1e-9;

    /// <summary>The outcome: m per comparison and level, λ, and the iterations run.</summary>
    public sealed record Result(double[][] M, double Lambda, int Iterations, bool Converged);

    /// <summary>Runs EM.</summary>
    /// <param name="patterns">Distinct comparison vectors (level per comparison, -1 for null).</param>
    /// <param name="counts">How many pairs have each pattern.</param>
    /// <param name="active">Which comparisons take part (the others are ignored, as if null).</param>
    /// <param name="m">Starting m per comparison and level (not modified).</param>
    /// <param name="u">Fixed u per comparison and level.</param>
    /// <param name="lambda">Starting λ, in (0, 1).</param>
    /// <param name="maxIterations">Upper bound on iterations.</param>
    /// <param name="tolerance">Stop when no parameter moves more than this.</param>
    public static Result Run(IReadOnlyList<sbyte[]> patterns, IReadOnlyList<long> counts, IReadOnlyList<bool> active,
        IReadOnlyList<IReadOnlyList<double>> m, IReadOnlyList<IReadOnlyList<double>> u, double lambda, int maxIterations, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(active);
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(u);
        var k = m.Count;
        var mm = m.Select(x => x.ToArray()).ToArray();
        var logU = u.Select(x => x.Select(v => Math.Log(Math.Max(v, Floor))).ToArray()).ToArray();
        var iterations = 0;
        var converged = false;
        if (patterns.Count == 0) return new Result(mm, lambda, 0, false);
        var sums = mm.Select(x => new double[x.Length]).ToArray();
        while (iterations < maxIterations)
        {
            iterations++;
            var logM = mm.Select(x => x.Select(v => Math.Log(Math.Max(v, Floor))).ToArray()).ToArray();
            var prior = Math.Log(lambda / (1 - lambda));
            foreach (var s in sums) Array.Clear(s);
            double total = 0, matches = 0;
            for (var p = 0; p < patterns.Count; p++)
            {
                var levels = patterns[p];
                var w = prior;
                for (var c = 0; c < k; c++)
                    if (active[c] && levels[c] >= 0) w += logM[c][levels[c]] - logU[c][levels[c]];
                var posterior = FellegiSunterModel.Probability(w) * counts[p];
                total += counts[p];
                matches += posterior;
                for (var c = 0; c < k; c++)
                    if (active[c] && levels[c] >= 0) sums[c][levels[c]] += posterior;
            }
            var change = 0.0;
            for (var c = 0; c < k; c++)
            {
                if (!active[c]) continue;
                var sum = sums[c].Sum();
                if (sum <= 0) continue;
                for (var l = 0; l < mm[c].Length; l++)
                {
                    var v = Math.Max(sums[c][l] / sum, Floor);
                    change = Math.Max(change, Math.Abs(v - mm[c][l]));
                    mm[c][l] = v;
                }
            }
            var newLambda = Math.Clamp(matches / total, 1e-12, 1 - 1e-9);
            change = Math.Max(change, Math.Abs(newLambda - lambda));
            lambda = newLambda;
            if (change < tolerance)
            {
                converged = true;
                break;
            }
        }
        return new Result(mm, lambda, iterations, converged);
    }

    /// <summary>Groups comparison vectors into distinct patterns with counts, in order of first appearance.</summary>
    public static (List<sbyte[]> Patterns, List<long> Counts) Compress(IEnumerable<sbyte[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var patterns = new List<sbyte[]>();
        var counts = new List<long>();
        foreach (var v in vectors)
        {
            var key = string.Join(',', v);
            if (index.TryGetValue(key, out var i))
            {
                counts[i]++;
                continue;
            }
            index.Add(key, patterns.Count);
            patterns.Add(v);
            counts.Add(1);
        }
        return (patterns, counts);
    }
}
