namespace SachSong.Core.Linkage;

/// <summary>The trained probabilities of one comparison: m (among matches) and u (among non-matches) per level.</summary>
/// <param name="Name">The comparison's name.</param>
/// <param name="Levels">Level names, best first.</param>
/// <param name="M">P(level | match) per level.</param>
/// <param name="U">P(level | non-match) per level.</param>
/// <param name="Trained">Whether m was estimated from the data (false: the initial values were kept).</param>
public sealed record ComparisonModel(string Name, IReadOnlyList<string> Levels, IReadOnlyList<double> M, IReadOnlyList<double> U, bool Trained)
{
    /// <summary>The level's match weight log2(m/u): how much agreeing at this level moves the odds.</summary>
    public double Weight(int level) => Math.Log2(M[level] / U[level]);
}
