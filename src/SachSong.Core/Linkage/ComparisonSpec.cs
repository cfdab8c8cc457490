namespace SachSong.Core.Linkage;

/// <summary>One comparison of a Fellegi–Sunter model: which columns, how, and with which options.</summary>
/// <param name="Name">Shown to users, e.g. "full_name".</param>
/// <param name="LeftColumn">Column of the left table (the list).</param>
/// <param name="RightColumn">Column of the right table (the register).</param>
/// <param name="Kind">How the values are compared; fixes the levels (see <see cref="LevelNames"/>).</param>
public sealed record ComparisonSpec(string Name, string LeftColumn, string RightColumn, ComparisonKind Kind)
{
    /// <summary>For <see cref="ComparisonKind.Digits"/>: a second right column the left value may equal (level "alternate").</summary>
    public string? RightAlternateColumn { get; init; }

    /// <summary>
    /// For <see cref="ComparisonKind.Text"/>: adjust the weight of the two exact levels by how common the value is in the
    /// right table (Splink's term-frequency adjustment): a rare name agreeing is stronger evidence than a common one.
    /// </summary>
    public bool TermFrequency { get; init; }

    /// <summary>For <see cref="ComparisonKind.Text"/>: Jaro-Winkler bound of the "high" level.</summary>
    public double HighSimilarity { get; init; } = 0.94;

    /// <summary>For <see cref="ComparisonKind.Text"/>: Jaro-Winkler bound of the "low" level.</summary>
    public double LowSimilarity { get; init; } = 0.88;

    /// <summary>Starting m probabilities per level (used as they are when there is too little data to train); null for a default.</summary>
    public IReadOnlyList<double>? InitialM { get; init; }

    /// <summary>Names of the levels, best first.</summary>
    public IReadOnlyList<string> LevelNames => LevelNamesOf(Kind);

    public static IReadOnlyList<string> LevelNamesOf(ComparisonKind kind) => kind switch
    {
        ComparisonKind.Exact => ExactLevels,
        ComparisonKind.Text => TextLevels,
        ComparisonKind.Date => DateLevels,
        ComparisonKind.Digits => DigitsLevels,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static readonly string[] ExactLevels = ["agree", "disagree"];
    private static readonly string[] TextLevels = ["exact", "no-diacritics", "reordered", "edit<=1", "jw-high", "jw-low", "other"];
    private static readonly string[] DateLevels = ["exact", "compatible", "day-month-swapped", "year+-1", "same-year", "other"];
    private static readonly string[] DigitsLevels = ["exact", "alternate", "one-digit", "transposed", "other"];

    internal IReadOnlyList<double> DefaultM() => InitialM ?? Kind switch
    {
        ComparisonKind.Exact => [0.95, 0.05],
        ComparisonKind.Text => [0.80, 0.08, 0.02, 0.05, 0.02, 0.01, 0.02],
        ComparisonKind.Date => [0.85, 0.05, 0.02, 0.02, 0.02, 0.04],
        ComparisonKind.Digits => [0.90, 0.02, 0.03, 0.02, 0.03],
        _ => throw new InvalidOperationException(),
    };
}
