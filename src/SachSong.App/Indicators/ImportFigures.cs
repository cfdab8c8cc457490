using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Text;

namespace SachSong.App.Indicators;

/// <summary>
/// Stores a figures file: every row checked first (<see cref="FiguresFile"/>), then, when there is no problem at all,
/// every value inserted or updated in one transaction, each change written to the history with who and when.
/// </summary>
public sealed class ImportFigures(Database database, TimeProvider clock)
{
    public abstract record Outcome
    {
        private Outcome() { }

        public sealed record Stored(string FileName, int Rows, int Added, int Changed, int Unchanged) : Outcome;

        public sealed record Rejected(string FileName, IReadOnlyList<RowProblem> Problems) : Outcome;
    }

    public async Task<Outcome> ExecuteAsync(string path, string reportedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportedBy);
        var units = await UnitDirectory.LoadAsync(database, cancellationToken);
        var catalogue = await IndicatorStore.LoadCatalogueAsync(database, cancellationToken);

        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Dictionary<(string, string, string, string), FigureRecord> byKey = [];
        var read = FiguresFile.Read(path, units, catalogue, rows =>
        {
            // Everything stored for the periods the file names, loaded once (no query per row).
            var periods = rows.Select(r => r.Figure.Period.ToString()).Distinct().ToList();
            var existing = db.Figures.AsNoTracking().Where(f => periods.Contains(f.Period)).ToList();
            byKey = existing.ToDictionary(f => (f.CatalogVersion, f.UnitCode, f.ElementCode, f.Period));
            var byUnit = existing.ToLookup(f => (f.CatalogVersion, f.UnitCode, f.Period));
            return (version, unit, period) => byUnit[(version, unit, period.ToString())].ToDictionary(f => f.ElementCode, f => f.Value, StringComparer.Ordinal);
        });
        if (read.Problems.Count > 0) return new Outcome.Rejected(read.FileName, read.Problems);

        var now = clock.GetUtcNow().UtcDateTime;
        int added = 0, unchanged = 0;
        var changes = new List<FigureWriter.Change>();
        foreach (var row in read.Rows)
        {
            var f = row.Figure;
            long? old = null;
            if (byKey.TryGetValue((row.CatalogVersion, f.UnitCode, f.ElementCode, f.Period.ToString()), out var record))
            {
                if (record.Value == f.Value)
                {
                    unchanged++;
                    continue;
                }
                old = record.Value;
            }
            else
            {
                added++;
            }
            changes.Add(new FigureWriter.Change(row.CatalogVersion, f.UnitCode, f.ElementCode, f.Period, f.Value, old));
        }
        await FigureWriter.WriteAsync(db, changes, reportedBy, now, read.FileName, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Outcome.Stored(read.FileName, read.Rows.Count, added, changes.Count - added, unchanged);
    }
}
