using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Lists.Reading;
using SachSong.App.Storage;
using SachSong.Core.Lists;
using SachSong.Core.Units;
using ReadRow = SachSong.Core.Lists.ListRow;

namespace SachSong.App.Lists;

/// <summary>
/// Imports a sectoral list file as a new version of a list (a new list when none is given), all or nothing: the file is
/// kept whole, rows are keyed by sheet and row so a later version keeps the outcome of unchanged rows, and the column
/// mapping of each sheet's template is saved so the user corrects a mapping once.
/// </summary>
public sealed class ImportList(Database database, TimeProvider clock)
{
    /// <param name="path">The file (.xlsx, .xls, .csv).</param>
    /// <param name="program">Program code (social_protection, meritorious, poor_households, association_*, workers, custom_*).</param>
    /// <param name="unit">The submitting unit: code or name as typed, in <paramref name="catalogVersion"/>.</param>
    /// <param name="catalogVersion">Catalogue version of the unit and of the communes in the list.</param>
    /// <param name="title">Title for a new list (default: the file name).</param>
    /// <param name="listId">An existing list to add a version to, or null for a new list.</param>
    /// <param name="user">Who imports.</param>
    /// <param name="cancellationToken">Cancels; nothing is stored.</param>
    public Task<ImportListResult> ExecuteAsync(string path, string program, string unit, string catalogVersion, string? title, long? listId,
        string user, CancellationToken cancellationToken) =>
        ExecuteAsync(path, program, unit, catalogVersion, title, listId, user, restricted: false, progress: null, cancellationToken);

    /// <summary>Imports as above, optionally restricting a new list to its owner and reporting progress.</summary>
    /// <param name="path">The file (.xlsx, .xls, .csv).</param>
    /// <param name="program">Program code.</param>
    /// <param name="unit">The submitting unit: code or name as typed, in <paramref name="catalogVersion"/>.</param>
    /// <param name="catalogVersion">Catalogue version of the unit and of the communes in the list.</param>
    /// <param name="title">Title for a new list (default: the file name).</param>
    /// <param name="listId">An existing list to add a version to, or null for a new list.</param>
    /// <param name="user">Who imports.</param>
    /// <param name="restricted">A new list of a sensitive program, seen only by <paramref name="user"/> (ignored for a new version).</param>
    /// <param name="progress">Receives the share done, 0–100, as the import goes.</param>
    /// <param name="cancellationToken">Cancels; nothing is stored.</param>
    public async Task<ImportListResult> ExecuteAsync(string path, string program, string unit, string catalogVersion, string? title, long? listId,
        string user, bool restricted, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Programs.IsValid(program))
            return new ImportListResult.Failed($"Chương trình '{program}' không hợp lệ; dùng một trong: {string.Join(", ", Programs.BuiltIn)} hoặc association_…, custom_…");

        await using var db = database.CreateContext();
        var units = (await db.Units.AsNoTracking().Where(u => u.Version == catalogVersion).ToListAsync(cancellationToken)).Select(u => u.ToUnit()).ToList();
        var resolver = new UnitResolver(units);
        if (resolver.Resolve(unit) is not UnitResolution.Found { Unit: var submitting } )
            return new ImportListResult.Failed(resolver.Resolve(unit).ToString()!);

        SectoralList? list = null;
        if (listId is not null)
        {
            list = await db.Lists.SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
            if (list is null) return new ImportListResult.Failed($"Không có danh sách {listId}");
        }

        var templates = await db.ListTemplates.ToListAsync(cancellationToken);
        var saved = templates.Select(t => JsonSerializer.Deserialize<ColumnMapping>(t.MappingJson)).OfType<ColumnMapping>().ToList();
        progress?.Report(5);
        var read = ListFileReader.Read(path, saved);
        progress?.Report(40);
        ListFileContent content;
        switch (read)
        {
            case ListFileResult.Loaded loaded: content = loaded.Content; break;
            case ListFileResult.Unreadable u: return new ImportListResult.Failed(u.Message);
            case ListFileResult.NoListFound n: return new ImportListResult.Failed(n.Message);
            default: throw new InvalidOperationException();
        }

        // Communes the rows can belong to: the submitting unit itself, or the communes below it.
        var communes = units.Where(u => u.Level == UnitLevel.Commune
            && (u.Code == submitting.Code || u.ParentCode == submitting.Code || units.Any(d => d.Code == u.ParentCode && d.ParentCode == submitting.Code))).ToList();
        var communeResolver = new UnitResolver(communes);
        var hints = content.Sheets.ToDictionary(s => s.Name ?? "", s => s.CommuneHint is { } h && communeResolver.Resolve(h) is UnitResolution.Found f ? f.Unit.Code : null);
        string? CommuneOf(ReadRow row)
        {
            var code = row.Value(ListColumn.CommuneCode);
            if (code is not null && code.All(char.IsAsciiDigit) && code.PadLeft(5, '0') is var padded && units.Any(u => u.Code == padded && u.Level == UnitLevel.Commune))
                return padded;
            if (row.Value(ListColumn.Commune) is { } name && communeResolver.Resolve(name) is UnitResolution.Found found) return found.Unit.Code;
            if (hints.GetValueOrDefault(row.Sheet ?? "") is { } hint) return hint;
            return submitting.Level == UnitLevel.Commune ? submitting.Code : null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (list is null)
        {
            list = new SectoralList(program, title ?? Path.GetFileNameWithoutExtension(path), catalogVersion, submitting.Code, user, now);
            list.Restrict(restricted);
            db.Lists.Add(list);
            await db.SaveChangesAsync(cancellationToken);
        }
        var number = list.NextVersion();
        var layout = new ListLayout(content.Sheets.Select(s => new SheetLayout(s.Name, s.HeaderRows[^1])).ToList());
        var version = new ListVersion(list.Id, number, Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken),
            string.Join(";", content.Sheets.Select(s => s.Signature).Distinct()), layout.ToJson(), content.Rows.Count, content.Rejected.Count, user, now);
        db.ListVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        progress?.Report(50);

        var existing = await db.ListEntries.Where(e => e.ListId == list.Id).ToDictionaryAsync(e => e.RowKey, StringComparer.Ordinal, cancellationToken);
        int added = 0, changed = 0;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var done = 0;
        foreach (var row in content.Rows)
        {
            // Rows are cheap to prepare; the share moves every 2% so a large list does not flood the listener.
            if (progress is not null && ++done % Math.Max(content.Rows.Count / 20, 1) == 0) progress.Report(50 + (35 * done / content.Rows.Count));
            var key = RowKey(row);
            keys.Add(key);
            var values = new ListEntryValues(row.Value(ListColumn.PersonalId) ?? row.Value(ListColumn.LegacyId), row.Value(ListColumn.FullName),
                row.Value(ListColumn.BirthDate) ?? row.Value(ListColumn.BirthYear), row.Value(ListColumn.Sex), CommuneOf(row), row.Value(ListColumn.Village));
            if (existing.TryGetValue(key, out var entry))
            {
                entry.MoveTo(version.Id);
                if (entry.Values != values)
                {
                    entry.SetValues(values);
                    changed++;
                }
            }
            else
            {
                db.ListEntries.Add(new ListEntry(list.Id, version.Id, key, row.Sheet, row.RowNumber, values));
                added++;
            }
        }
        var removed = existing.Values.Where(e => !keys.Contains(e.RowKey)).ToList();
        db.ListEntries.RemoveRange(removed);

        foreach (var sheet in content.Sheets.Where(s => s.Source == MappingSource.Detected))
        {
            var json = JsonSerializer.Serialize(sheet.Mapping);
            var template = templates.FirstOrDefault(t => t.Signature == sheet.Signature);
            if (template is null)
            {
                template = new ListTemplate(sheet.Signature, json, user, now);
                templates.Add(template);
                db.ListTemplates.Add(template);
            }
        }
        progress?.Report(90);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(100);
        return new ImportListResult.Completed(list.Id, number, content.Rows.Count, added, changed, removed.Count,
            content.Sheets, content.SkippedSheets, content.Rejected, content.Skipped, content.BlankRows);
    }

    /// <summary>Saves a corrected mapping for its template; the next import of the same layout uses it.</summary>
    public async Task<MappingSaveResult> SaveMappingAsync(ColumnMapping mapping, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var valid = mapping.Validate();
        if (!valid.Success) return new MappingSaveResult(false, valid.Error!);
        await using var db = database.CreateContext();
        var json = JsonSerializer.Serialize(mapping);
        var now = clock.GetUtcNow().UtcDateTime;
        var template = await db.ListTemplates.SingleOrDefaultAsync(t => t.Signature == mapping.Signature, cancellationToken);
        if (template is null) db.ListTemplates.Add(new ListTemplate(mapping.Signature, json, user, now));
        else template.Update(json, user, now);
        await db.SaveChangesAsync(cancellationToken);
        return new MappingSaveResult(true, "Đã lưu cách đọc cột cho mẫu này");
    }

    private static string RowKey(ReadRow row) =>
        row.Sheet is null ? row.RowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{row.Sheet}!{row.RowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>Whether an operation was accepted, with the message to show.</summary>
public sealed record MappingSaveResult(bool Success, string Message);
