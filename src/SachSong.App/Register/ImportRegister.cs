using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Files;
using SachSong.App.Storage;
using SachSong.Core.Register;
using SachSong.Core.Text;
using SachSong.Core.Units;

namespace SachSong.App.Register;

/// <summary>
/// Loads a register extract (.csv or .xlsx) with upsert by personal ID. Every row is validated; every bad value is reported
/// with file, row and column. By default one bad row means nothing is written; with <c>acceptValidRows</c> the valid rows are
/// written and the bad ones reported. Either way the write is one transaction, so a failure leaves the register as it was.
/// </summary>
public sealed class ImportRegister(Database database, TimeProvider clock)
{
    /// <param name="path">The file.</param>
    /// <param name="catalogVersion">Catalogue version of the file's commune codes (codes are reused across versions).</param>
    /// <param name="acceptValidRows">Write the valid rows even when some are rejected.</param>
    /// <param name="progress">Receives the number of rows read so far.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    public async Task<RegisterImportResult> ExecuteAsync(string path, string catalogVersion, bool acceptValidRows,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Path.GetFileName(path);
        var communes = await LoadCommuneCodesAsync(catalogVersion, cancellationToken);
        if (communes.Count == 0)
            return new RegisterImportResult.Unreadable($"Danh mục '{catalogVersion}' chưa có xã nào; hãy nạp danh mục đơn vị hành chính trước");
        HashSet<string> existing = await LoadExistingIdsAsync(cancellationToken);

        IEnumerator<TabularRow> rows;
        try
        {
            rows = TabularFile.ReadRows(path).GetEnumerator();
        }
        catch (TabularFileException e)
        {
            return new RegisterImportResult.Unreadable(e.Message);
        }

        using (rows)
        {
            TabularRow? headerRow = null;
            try
            {
                while (rows.MoveNext())
                {
                    if (rows.Current.IsBlank) continue;
                    headerRow = rows.Current;
                    break;
                }
            }
            catch (TabularFileException e)
            {
                return new RegisterImportResult.Unreadable(e.Message);
            }
            if (headerRow is null) return new RegisterImportResult.Unreadable($"Tệp '{fileName}' trống");
            var encoding = DetectTextEncoding(path, headerRow.Sheet);
            headerRow = ToUnicode(headerRow, encoding);
            var mapped = RegisterFormat.MapHeader(headerRow.Cells);
            if (!mapped.Success)
                return new RegisterImportResult.Unreadable($"Tệp '{fileName}', dòng {headerRow.Number}: {mapped.Error}. Các cột cần có: {string.Join(",", RegisterFormat.RequiredHeaders)}");
            var map = mapped.Value;
            var present = map.Keys.ToHashSet();

            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var problems = new List<RowProblem>();
            await using var writer = await CitizenBulkWriter.OpenAsync(database.Settings, present, catalogVersion, clock.GetUtcNow().UtcDateTime, cancellationToken);

            // Reading and validating run on one core while the database writes on the other.
            var valid = Channel.CreateBounded<CitizenRecord>(new BoundedChannelOptions(20_000) { SingleReader = true, SingleWriter = true });
            var producer = Task.Run(() =>
            {
                try
                {
                    return Validate(rows, headerRow, map, encoding, fileName, today, communes, acceptValidRows, problems, valid.Writer, progress, cancellationToken);
                }
                finally
                {
                    valid.Writer.Complete();
                }
            }, cancellationToken);

            int inserted = 0, updated = 0;
            await foreach (var record in valid.Reader.ReadAllAsync(cancellationToken))
            {
                await writer.WriteAsync(record, cancellationToken);
                if (existing.Contains(record.PersonalId)) updated++;
                else inserted++;
            }
            var (read, unreadable) = await producer;
            if (unreadable is not null) return new RegisterImportResult.Unreadable(unreadable);
            progress?.Report(read);
            if (problems.Count > 0 && !acceptValidRows) return new RegisterImportResult.Rejected(read, problems);
            await writer.CommitAsync(cancellationToken);
            return new RegisterImportResult.Completed(read, inserted, updated, problems);
        }
    }

    // Reads the data rows after the header, adds a problem for every bad value and duplicate ID, and passes on the valid
    // records (none once a row is bad, unless valid rows are accepted: the rest is still read for the report).
    private static (int Read, string? Unreadable) Validate(IEnumerator<TabularRow> rows, TabularRow headerRow, Dictionary<RegisterColumn, int> map,
        LegacyEncoding encoding, string fileName, DateOnly today, HashSet<string> communes, bool acceptValidRows, List<RowProblem> problems,
        ChannelWriter<CitizenRecord> valid, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var idHeader = headerRow.Cells[map[RegisterColumn.PersonalId]] ?? "personal_id";
        var read = 0;
        while (true)
        {
            TabularRow row;
            try
            {
                if (!rows.MoveNext()) break;
                row = rows.Current;
            }
            catch (TabularFileException e)
            {
                return (read, e.Message);
            }
            if (row.IsBlank) continue;
            if (row.Sheet != headerRow.Sheet) break; // the register is the first sheet with data
            row = ToUnicode(row, encoding);
            read++;
            if (read % 10_000 == 0) progress?.Report(read);
            var record = RegisterFormat.ReadRow(row.Cells, map, headerRow.Cells, (fileName, row.Sheet, row.Number), today, communes.Contains, problems);
            if (record is null) continue;
            if (seen.TryGetValue(record.PersonalId, out var firstRow))
            {
                problems.Add(new RowProblem(fileName, row.Sheet, row.Number, idHeader, $"Số định danh {record.PersonalId} trùng với dòng {firstRow}"));
                continue;
            }
            seen[record.PersonalId] = row.Number;
            if (problems.Count > 0 && !acceptValidRows) continue;
            while (!valid.TryWrite(record))
            {
                if (!valid.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult()) return (read, null);
            }
        }
        return (read, null);
    }

    /// <summary>Writes records that are already valid (the generator's, another system's) in one transaction.</summary>
    public async Task<int> WriteRecordsAsync(IEnumerable<CitizenRecord> records, string catalogVersion, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var writer = await CitizenBulkWriter.OpenAsync(database.Settings, RegisterFormat.AllColumns.ToHashSet(), catalogVersion,
            clock.GetUtcNow().UtcDateTime, cancellationToken);
        foreach (var r in records)
        {
            await writer.WriteAsync(r, cancellationToken);
            if (writer.Written % 10_000 == 0) progress?.Report(writer.Written);
        }
        await writer.CommitAsync(cancellationToken);
        progress?.Report(writer.Written);
        return writer.Written;
    }

    // Old files typed in .VnTime (TCVN3) or VNI fonts, or CSVs saved in those encodings: decide from the first rows as a
    // whole, since one cell alone can mislead, then convert every cell (digits and ASCII are the same in every encoding).
    private static LegacyEncoding DetectTextEncoding(string path, string? sheet) =>
        LegacyText.DetectMany(TabularFile.ReadRows(path).Where(r => r.Sheet == sheet).Take(2000).SelectMany(r => r.Cells)).Encoding;

    private static TabularRow ToUnicode(TabularRow row, LegacyEncoding encoding) => encoding == LegacyEncoding.Unicode
        ? row
        : row with { Cells = row.Cells.Select(c => c is null ? null : LegacyText.ToUnicode(c, encoding)).ToArray() };

    private async Task<HashSet<string>> LoadCommuneCodesAsync(string catalogVersion, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var codes = await db.Units.AsNoTracking()
            .Where(u => u.Version == catalogVersion && u.Level == UnitLevel.Commune)
            .Select(u => u.Code).ToListAsync(cancellationToken);
        return codes.ToHashSet(StringComparer.Ordinal);
    }

    private async Task<HashSet<string>> LoadExistingIdsAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var ids = await db.Citizens.AsNoTracking().Select(c => c.PersonalId).ToListAsync(cancellationToken);
        return ids.ToHashSet(StringComparer.Ordinal);
    }
}
