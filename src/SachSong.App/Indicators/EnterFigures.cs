using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Indicators;
using SachSong.Core.Units;

namespace SachSong.App.Indicators;

/// <summary>
/// Stores the values one person typed for one unit and period (the data-entry form): each value read as an import reads it
/// (<see cref="FigureValue.Parse"/>), the element checked against the catalogue and the part-of rule checked with what is
/// already stored (<see cref="IndicatorCatalogue.CheckPartOf"/>); nothing is saved unless every value passes, and each change
/// goes to the history with who and when (<see cref="FigureWriter"/>), as for a file.
/// </summary>
public sealed class EnterFigures(Database database, TimeProvider clock)
{
    /// <summary>The source written beside values entered through the form.</summary>
    public const string FormSource = "form";

    public abstract record Outcome
    {
        private Outcome() { }

        public sealed record Stored(int Added, int Changed, int Unchanged) : Outcome;

        /// <summary>Problems by element code ("" for the period or unit).</summary>
        public sealed record Rejected(IReadOnlyList<(string ElementCode, BilingualText Message)> Problems) : Outcome;
    }

    /// <summary>The values stored now for a unit and period, by element code.</summary>
    public async Task<IReadOnlyDictionary<string, FigureRecord>> CurrentAsync(AdministrativeUnit unit, Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        await using var db = database.CreateContext();
        return await Of(db, unit, period).ToDictionaryAsync(f => f.ElementCode, StringComparer.Ordinal, cancellationToken);
    }

    /// <param name="unit">The unit the values are for.</param>
    /// <param name="period">The period.</param>
    /// <param name="typed">Element code → the text typed; a blank text leaves the stored value as it is.</param>
    /// <param name="reportedBy">Who entered them.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<Outcome> ExecuteAsync(AdministrativeUnit unit, Period period, IReadOnlyDictionary<string, string?> typed, string reportedBy,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportedBy);
        var catalogue = await IndicatorStore.LoadCatalogueAsync(database, cancellationToken);
        var problems = new List<(string, BilingualText)>();
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (code, text) in typed)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (catalogue.FindElement(code) is null)
            {
                problems.Add((code, new BilingualText($"Không có chỉ tiêu dữ liệu '{code}'", $"No data element '{code}'")));
                continue;
            }
            var parsed = FigureValue.Parse(text);
            if (parsed.Success) values[code] = parsed.Value;
            else problems.Add((code, parsed.Problem!.Message));
        }
        if (problems.Count > 0) return new Outcome.Rejected(problems);

        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await Of(db, unit, period).ToDictionaryAsync(f => f.ElementCode, f => f.Value, StringComparer.Ordinal, cancellationToken);
        // A part typed now is checked against a whole stored before, and the other way round, as an import checks it.
        var merged = new Dictionary<string, long>(stored, StringComparer.Ordinal);
        foreach (var (code, value) in values) merged[code] = value;
        var violations = catalogue.CheckPartOf(merged);
        if (violations.Count > 0)
            return new Outcome.Rejected([.. violations.Select(v => (values.ContainsKey(v.Part.Code) ? v.Part.Code : v.Whole.Code, v.Message))]);

        var changes = new List<FigureWriter.Change>();
        int added = 0, unchanged = 0;
        foreach (var (code, value) in values)
        {
            if (stored.TryGetValue(code, out var old))
            {
                if (old == value)
                {
                    unchanged++;
                    continue;
                }
                changes.Add(new FigureWriter.Change(unit.Version, unit.Code, code, period, value, old));
            }
            else
            {
                added++;
                changes.Add(new FigureWriter.Change(unit.Version, unit.Code, code, period, value, null));
            }
        }
        await FigureWriter.WriteAsync(db, changes, reportedBy, clock.GetUtcNow().UtcDateTime, FormSource, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Outcome.Stored(added, changes.Count - added, unchanged);
    }

    /// <summary>The figures stored for one unit and period.</summary>
    private static IQueryable<FigureRecord> Of(AppDbContext db, AdministrativeUnit unit, Period period)
    {
        var text = period.ToString();
        return db.Figures.AsNoTracking().Where(f => f.CatalogVersion == unit.Version && f.UnitCode == unit.Code && f.Period == text);
    }
}
