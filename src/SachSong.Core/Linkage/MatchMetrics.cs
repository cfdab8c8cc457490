namespace SachSong.Core.Linkage;

/// <summary>
/// Accuracy of <c>matched</c> against ground truth. Counting: every distinct true person of the list is one true link
/// (a person listed twice is still one link, since one-to-one assignment can match only one of the rows); a true positive
/// is a matched row whose ID is its true ID; a false positive a matched row with any other ID (including rows of people
/// not in the register); a false negative a true person none of whose rows is matched to them. Review rows are neither
/// true nor false positives: they are counted in <see cref="ReviewShare"/> (review rows over all rows).
/// </summary>
public sealed record MatchMetrics(int Rows, int TruePersons, int Matched, int TruePositives, int Review, int Unmatched)
{
    public int FalsePositives => Matched - TruePositives;

    public int FalseNegatives => TruePersons - TruePositives;

    public double Precision => Matched == 0 ? 1 : (double)TruePositives / Matched;

    public double Recall => TruePersons == 0 ? 1 : (double)TruePositives / TruePersons;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double ReviewShare => Rows == 0 ? 0 : (double)Review / Rows;

    /// <summary>Counts outcomes; <c>Truth</c> is the row's true ID or null when the person is not on the right side.</summary>
    public static MatchMetrics Compute(IEnumerable<(string? Truth, MatchStatus Status, string? PersonalId)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var persons = new HashSet<string>(StringComparer.Ordinal);
        int count = 0, matched = 0, tp = 0, review = 0, unmatched = 0;
        foreach (var (truth, status, id) in rows)
        {
            count++;
            if (truth is not null) persons.Add(truth);
            switch (status)
            {
                case MatchStatus.Matched:
                    matched++;
                    if (truth is not null && string.Equals(truth, id, StringComparison.Ordinal)) tp++;
                    break;
                case MatchStatus.Review:
                    review++;
                    break;
                default:
                    unmatched++;
                    break;
            }
        }
        return new MatchMetrics(count, persons.Count, matched, tp, review, unmatched);
    }

    /// <summary>Sums metrics of several lists (each list's persons counted within the list).</summary>
    public static MatchMetrics Sum(IEnumerable<MatchMetrics> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Aggregate(new MatchMetrics(0, 0, 0, 0, 0, 0), (a, b) => new MatchMetrics(
            a.Rows + b.Rows, a.TruePersons + b.TruePersons, a.Matched + b.Matched, a.TruePositives + b.TruePositives,
            a.Review + b.Review, a.Unmatched + b.Unmatched));
    }
}
