using System.Globalization;
using SachSong.Core.Synthetic;

namespace SachSong.Core.Linkage;

/// <summary>
/// Matches each list of a synthetic district against its register and scores the decisions with the generator's ground
/// truth (see <see cref="MatchMetrics"/> for how rows are counted). Also reports, per injected error type, how many rows
/// carrying it were handled right: matched to the true person, or for a repeated person flagged DUPLICATE_IN_LIST with
/// the true ID, or for a person not in the register left unmatched.
/// </summary>
public static class SyntheticEvaluation
{
    /// <summary>Result per list plus the total and per error type (handled, rows).</summary>
    public sealed record Report(
        IReadOnlyList<(string Program, MatchMetrics Metrics)> Lists, MatchMetrics Total,
        IReadOnlyDictionary<string, (int Handled, int Rows)> ByError, TimeSpan MatchTime);

    public static Report Run(SyntheticDistrict district, RegisterMatchSettings settings, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(district);
        ArgumentNullException.ThrowIfNull(settings);
        var index = RegisterIndex.Build(district.Citizens.Select(RegisterPerson.From));
        var lists = new List<(string, MatchMetrics)>();
        var byError = SyntheticErrors.All.ToDictionary(e => e, _ => (0, 0), StringComparer.Ordinal);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var list in district.Lists)
        {
            var rows = list.Rows.Select(r => new ListRow(r.RowId, r.PersonalId, r.FullName, r.BirthDate, r.Sex, r.CommuneCode)).ToList();
            var matcher = new RegisterMatcher(index, settings);
            var decisions = matcher.Match(rows);
            log?.Invoke(string.Join("\n", matcher.Log));
            lists.Add((list.Program, MatchMetrics.Compute(list.Rows.Select((r, i) => (r.TruePersonalId, decisions[i].Status, decisions[i].PersonalId)))));
            for (var i = 0; i < rows.Count; i++)
            {
                var truth = list.Rows[i];
                var d = decisions[i];
                var handled = truth.TruePersonalId is null
                    ? d.Status == MatchStatus.Unmatched
                    : string.Equals(d.PersonalId, truth.TruePersonalId, StringComparison.Ordinal)
                      && (d.Status == MatchStatus.Matched || d.Reasons.Contains(MatchReason.DuplicateInList));
                foreach (var e in truth.Errors)
                {
                    var (h, n) = byError[e];
                    byError[e] = (h + (handled ? 1 : 0), n + 1);
                }
            }
        }
        return new Report(lists, MatchMetrics.Sum(lists.Select(l => l.Item2)), byError, watch.Elapsed);
    }

    /// <summary>One line per list, the total, and the error table, for a console.</summary>
    public static IEnumerable<string> Format(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (program, m) in report.Lists.Append(("TOTAL", report.Total)))
            yield return Line(program, m);
        foreach (var (error, (handled, rows)) in report.ByError.Where(e => e.Value.Rows > 0))
            yield return string.Create(CultureInfo.InvariantCulture, $"  {error,-24} {handled,7}/{rows,-7} handled {(double)handled / rows:P2}");
    }

    public static string Line(string name, MatchMetrics m) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-22} rows {m.Rows,8}  matched {m.Matched,8}  review {m.Review,6} ({m.ReviewShare:P2})  precision {m.Precision:F4}  recall {m.Recall:F4}  F1 {m.F1:F4}");
}
