namespace SachSong.Core.Linkage;

/// <summary>
/// A linkage configuration as data: the comparisons of the Fellegi–Sunter model, the blocking rules that propose
/// candidates, and the rules whose pairs train the model by expectation–maximisation (one training session per rule, each
/// leaving out the comparisons that use the rule's columns, as Splink does).
/// </summary>
public sealed record LinkageSpec(
    IReadOnlyList<ComparisonSpec> Comparisons,
    IReadOnlyList<BlockingRule> BlockingRules,
    IReadOnlyList<BlockingRule> TrainingRules)
{
    /// <summary>Random pairs drawn to estimate u (Splink's estimate_u_using_random_sampling).</summary>
    public int RandomPairs { get; init; } = 300_000;

    /// <summary>Left rows, spread evenly over the table, whose candidate pairs train m.</summary>
    public int TrainingRows { get; init; } = 30_000;

    /// <summary>Fewer left rows than this: m stays at the comparisons' initial values.</summary>
    public int MinTrainingRows { get; init; } = 200;

    public int MaxIterations { get; init; } = 50;

    /// <summary>EM stops when no m (nor λ) moves by more than this.</summary>
    public double Tolerance { get; init; } = 1e-5;

    /// <summary>Seed of the random pair sampler: the same seed and data give the same model.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Checks that every column exists with the right type on its side.</summary>
    /// <exception cref="ArgumentException">With the first problem found.</exception>
    public void Validate(LinkageTable left, LinkageTable right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        foreach (var c in Comparisons)
        {
            Type type = c.Kind switch
            {
                ComparisonKind.Exact => typeof(CodeColumn),
                ComparisonKind.Text => typeof(TextColumn),
                ComparisonKind.Date => typeof(DateColumn),
                ComparisonKind.Digits => typeof(DigitsColumn),
                _ => throw new ArgumentException($"Unknown kind {c.Kind}."),
            };
            if (left[c.LeftColumn].GetType() != type) throw new ArgumentException($"{c.Name}: left column '{c.LeftColumn}' is not a {type.Name}.");
            if (right[c.RightColumn].GetType() != type) throw new ArgumentException($"{c.Name}: right column '{c.RightColumn}' is not a {type.Name}.");
            if (c.RightAlternateColumn is { } alt && right[alt] is not DigitsColumn) throw new ArgumentException($"{c.Name}: '{alt}' is not a DigitsColumn.");
        }
        foreach (var rule in BlockingRules.Concat(TrainingRules))
        {
            if (rule.Parts.Count == 0) throw new ArgumentException($"Blocking rule '{rule.Name}' has no part.");
            foreach (var p in rule.Parts)
            {
                var l = left[p.LeftColumn];
                var r = right[p.RightColumn];
                if (l.GetType() != r.GetType()) throw new ArgumentException($"Blocking rule '{rule.Name}': '{p.LeftColumn}' and '{p.RightColumn}' differ in type.");
                if (p.Transform == KeyTransform.DigitNeighbours && (l is not DigitsColumn || rule.Parts.Count != 1))
                    throw new ArgumentException($"Blocking rule '{rule.Name}': DigitNeighbours needs a digits column alone.");
            }
        }
    }
}
