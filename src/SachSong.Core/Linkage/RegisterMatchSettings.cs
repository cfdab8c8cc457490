namespace SachSong.Core.Linkage;

/// <summary>
/// What a <see cref="RegisterMatcher"/> decides with. The thresholds are on the model's match probability (0..1):
/// a row is matched at or above <see cref="MatchThreshold"/>, sent to review at or above <see cref="ReviewThreshold"/>,
/// and unmatched below it.
/// </summary>
public sealed record RegisterMatchSettings
{
    /// <summary>Default 0.99: at most about one wrong match per hundred rows at the threshold, far fewer above it.</summary>
    public double MatchThreshold { get; init; } = 0.99;

    /// <summary>Default 0.5: below it the best candidate is more likely someone else than the row's person.</summary>
    public double ReviewThreshold { get; init; } = 0.5;

    /// <summary>List dates after this day are unreadable (default: no bound). Pass the clock's today.</summary>
    public DateOnly Today { get; init; } = DateOnly.MaxValue;

    /// <summary>How many candidates a decision carries at most.</summary>
    public int MaxCandidates { get; init; } = 5;

    /// <summary>
    /// When true a matched deceased person goes to review instead of matched (with DECEASED either way). Default false:
    /// the identity is certain and DECEASED stops payment; review is for doubts about who the row is.
    /// </summary>
    public bool DeceasedToReview { get; init; }

    /// <summary>A model trained earlier (e.g. on the whole list) to reuse; null: train on the rows being matched.</summary>
    public FellegiSunterModel? Model { get; init; }

    /// <summary>The comparisons, blocking and training rules; default <see cref="VietnameseRegisterSpec.Default"/>.</summary>
    public LinkageSpec Spec { get; init; } = VietnameseRegisterSpec.Default;

    /// <exception cref="ArgumentOutOfRangeException">When the thresholds are not 0 ≤ review ≤ match ≤ 1.</exception>
    public void Validate()
    {
        if (double.IsNaN(MatchThreshold) || MatchThreshold is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(MatchThreshold), MatchThreshold, "Must be within [0, 1].");
        if (double.IsNaN(ReviewThreshold) || ReviewThreshold < 0 || ReviewThreshold > MatchThreshold)
            throw new ArgumentOutOfRangeException(nameof(ReviewThreshold), ReviewThreshold, "Must be within [0, MatchThreshold].");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCandidates, 1, nameof(MaxCandidates));
    }
}
