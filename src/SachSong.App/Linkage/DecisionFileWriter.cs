using System.Globalization;
using SachSong.Core.Linkage;
using SachSong.Core.Text;

namespace SachSong.App.Linkage;

/// <summary>Writes decisions as <c>row_id,status,personal_id,score,reasons</c>, one line per row in list order.</summary>
public static class DecisionFileWriter
{
    public static IReadOnlyList<string> Header { get; } = ["row_id", "status", "personal_id", "score", "reasons"];

    public static void Write(TextWriter writer, IEnumerable<MatchDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decisions);
        var csv = new CsvWriter(writer);
        csv.WriteRecord([.. Header]);
        foreach (var d in decisions)
            csv.WriteRecord(d.RowId, MatchReasons.StatusCode(d.Status), d.PersonalId, Score(d.Score), MatchReasons.Join(d.Reasons));
    }

    /// <summary>The score with invariant culture, up to six decimals ("1", "0.999731").</summary>
    public static string Score(double score) => Math.Round(score, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
