namespace SachSong.Core.Linkage;

/// <summary>
/// An equi-join that proposes candidate pairs: records whose key parts are all present and equal meet. Rules are OR-ed
/// (as in Splink). A rule made of one digits column is answered from the right column's hash index; others by one scan of the
/// right table per match run, keeping only the keys the left rows ask for.
/// </summary>
/// <param name="Name">Shown in statistics, e.g. "name+year".</param>
/// <param name="Parts">The key's parts, all required.</param>
public sealed record BlockingRule(string Name, IReadOnlyList<BlockingKeyPart> Parts)
{
    /// <summary>Blocks with more right records than this are skipped (a key such as a very common name and year says little).</summary>
    public int MaxBlockSize { get; init; } = 2000;

    public static BlockingRule On(string name, params BlockingKeyPart[] parts) => new(name, parts);

    /// <summary>Whether this rule is answered from a digits index rather than by a scan.</summary>
    internal bool IsIndexed(LinkageTable right) =>
        Parts.Count == 1 && Parts[0].Transform is KeyTransform.Value or KeyTransform.DigitNeighbours && right[Parts[0].RightColumn] is DigitsColumn;

    /// <summary>Whether the rule uses a comparison's columns (such a comparison is not trained on the rule's pairs).</summary>
    internal bool Uses(ComparisonSpec comparison) =>
        Parts.Any(p => string.Equals(p.LeftColumn, comparison.LeftColumn, StringComparison.Ordinal)
            || string.Equals(p.RightColumn, comparison.RightColumn, StringComparison.Ordinal)
            || (comparison.RightAlternateColumn is { } alt && string.Equals(p.RightColumn, alt, StringComparison.Ordinal)));
}
