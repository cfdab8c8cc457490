using Microsoft.EntityFrameworkCore;
using SachSong.App.Files;
using SachSong.App.Storage;
using SachSong.Core.Register;
using SachSong.Core.Text;
using SachSong.Core.Units;

namespace SachSong.App.Register;

/// <summary>
/// Loads change events (births, deaths, moves, corrections) from the changes CSV and applies them to the citizens they
/// concern: a death marks the person deceased, the latest move sets the commune. All-or-nothing: one bad row and nothing is
/// written. List rows matched to a changed person are flagged for their commune and re-matched in the next round.
/// </summary>
public sealed class ImportRegisterChanges(Database database, TimeProvider clock)
{
    public async Task<RegisterImportResult> ExecuteAsync(string path, string catalogVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Path.GetFileName(path);
        List<TabularRow> rows;
        try
        {
            rows = TabularFile.ReadRows(path).Where(r => !r.IsBlank).ToList();
        }
        catch (TabularFileException e)
        {
            return new RegisterImportResult.Unreadable(e.Message);
        }
        if (rows.Count == 0) return new RegisterImportResult.Unreadable($"Tệp '{fileName}' trống");
        var header = rows[0].Cells;
        var headerKeys = header.Select(h => VietnameseText.AccentFreeKey(h)).ToList();
        if (!RegisterChangeFormat.Headers.Take(3).All(h => headerKeys.Contains(h)))
            return new RegisterImportResult.Unreadable($"Tệp '{fileName}', dòng {rows[0].Number}: cần các cột {string.Join(",", RegisterChangeFormat.Headers)}");
        // Put the cells in the contract order whatever order the file uses.
        var positions = RegisterChangeFormat.Headers.Select(h => headerKeys.IndexOf(h)).ToArray();

        await using var db = database.CreateContext();
        var communes = (await db.Units.AsNoTracking().Where(u => u.Version == catalogVersion && u.Level == UnitLevel.Commune)
            .Select(u => u.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var problems = new List<RowProblem>();
        var changes = new List<(int Row, RegisterChange Change)>();
        string?[] orderedHeader = [.. RegisterChangeFormat.Headers];
        foreach (var row in rows.Skip(1))
        {
            var cells = positions.Select(p => p >= 0 && p < row.Cells.Count ? row.Cells[p] : null).ToArray();
            var change = RegisterChangeFormat.ReadRow(cells, orderedHeader, (fileName, row.Number), today, communes.Contains, problems);
            if (change is not null) changes.Add((row.Number, change));
        }

        var ids = changes.Select(c => c.Change.PersonalId).Distinct().ToList();
        var citizens = new Dictionary<string, Citizen>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(1000))
            foreach (var c in await db.Citizens.Where(c => chunk.Contains(c.PersonalId)).ToListAsync(cancellationToken))
                citizens[c.PersonalId] = c;
        foreach (var (row, change) in changes.Where(c => !citizens.ContainsKey(c.Change.PersonalId)))
            problems.Add(new RowProblem(fileName, null, row, "personal_id", $"Số định danh {change.PersonalId} không có trong sổ dân cư"));
        if (problems.Count > 0) return new RegisterImportResult.Rejected(rows.Count - 1, problems.OrderBy(p => p.Row).ToList());

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.RegisterChanges.AddRange(changes.Select(c => new RegisterChangeRow(c.Change, now)));
        foreach (var change in changes.Select(c => c.Change).OrderBy(c => c.OccurredOn))
            citizens[change.PersonalId].Apply(change, now);

        // List rows matched to a person whose record changed go back to their commune and are re-matched next round,
        // so nobody keeps paying a person who has died or moved away.
        var touched = changes.Select(c => c.Change).Where(c => c.Kind != RegisterChangeKind.Birth).Select(c => c.PersonalId).Distinct().ToList();
        foreach (var chunk in touched.Chunk(1000))
            foreach (var entry in await db.ListEntries.Where(e => e.MatchedPersonalId != null && chunk.Contains(e.MatchedPersonalId)).ToListAsync(cancellationToken))
                entry.FlagRegisterChange();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RegisterImportResult.Completed(rows.Count - 1, changes.Count, 0, []);
    }
}
