using System.Globalization;
using System.Text;

namespace SachSong.Core.Linkage;

/// <summary>
/// A trained Fellegi–Sunter model: the prior λ that a random left–right pair is a match, and per comparison the m and u
/// probabilities of each agreement level. A pair's match probability is λ·Πm / (λ·Πm + (1−λ)·Πu), levels that are
/// null (a value missing) leaving both products unchanged; with term-frequency adjustment the u of an exact text level is
/// replaced by the value's frequency in the right table.
/// </summary>
public sealed class FellegiSunterModel
{
    private readonly double[][] _logM;
    private readonly double[][] _logU;

    /// <exception cref="ArgumentOutOfRangeException">When λ is not in (0, 1) or a probability is not in (0, 1].</exception>
    public FellegiSunterModel(double lambda, IReadOnlyList<ComparisonModel> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        if (double.IsNaN(lambda) || lambda <= 0 || lambda >= 1) throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be within (0, 1).");
        Lambda = lambda;
        Comparisons = comparisons;
        _logM = new double[comparisons.Count][];
        _logU = new double[comparisons.Count][];
        for (var k = 0; k < comparisons.Count; k++)
        {
            var c = comparisons[k];
            if (c.M.Count != c.Levels.Count || c.U.Count != c.Levels.Count)
                throw new ArgumentException($"{c.Name}: m and u need one value per level.", nameof(comparisons));
            _logM[k] = c.M.Select(Log).ToArray();
            _logU[k] = c.U.Select(Log).ToArray();
        }
        LogPriorOdds = Math.Log(lambda / (1 - lambda));
    }

    /// <summary>Prior probability that a random left–right pair is a match.</summary>
    public double Lambda { get; }

    public IReadOnlyList<ComparisonModel> Comparisons { get; }

    internal double LogPriorOdds { get; }

    internal double LogM(int comparison, int level) => _logM[comparison][level];

    internal double LogU(int comparison, int level) => _logU[comparison][level];

    /// <summary>Probability from a log-odds value.</summary>
    public static double Probability(double logOdds) => 1.0 / (1.0 + Math.Exp(-logOdds));

    /// <summary>The model as a table for people: one line per level with m, u and the match weight.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"lambda = {Lambda:G4} (prior match weight {Math.Log2(Lambda / (1 - Lambda)):F2})\n");
        foreach (var c in Comparisons)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{c.Name}{(c.Trained ? "" : " (not trained)")}\n");
            for (var l = 0; l < c.Levels.Count; l++)
                sb.Append(CultureInfo.InvariantCulture, $"  {c.Levels[l],-18} m={c.M[l]:0.000000} u={c.U[l]:0.00000000} weight={c.Weight(l),7:F2}\n");
        }
        return sb.ToString();
    }

    private static double Log(double p)
    {
        if (double.IsNaN(p) || p <= 0 || p > 1) throw new ArgumentOutOfRangeException(nameof(p), p, "Probabilities must be within (0, 1].");
        return Math.Log(p);
    }
}
