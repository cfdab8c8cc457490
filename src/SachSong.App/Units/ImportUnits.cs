using Microsoft.EntityFrameworkCore;
using SachSong.App.Files;
using SachSong.App.Storage;
using SachSong.Core.Units;
using SachSong.Core.Units.Formats;

namespace SachSong.App.Units;

/// <summary>
/// Loads administrative units and old→new mappings, from the built-in catalogue or from a public file format, with upsert on
/// (version, code), in one transaction.
/// </summary>
public sealed class ImportUnits(Database database)
{
    /// <summary>Makes sure the built-in versions, the demo district's units and their mapping are stored.</summary>
    public Task<UnitImportResult> LoadBuiltInAsync(CancellationToken cancellationToken) =>
        SaveAsync("built-in", BuiltInCatalogue.Units, BuiltInCatalogue.Mappings, [], cancellationToken);

    /// <summary>Reads FILE (dvhcvn / thanglequoc JSON, GSO dispatch CSV or markdown, merges/splits JSON, GSO Excel export) and stores it.</summary>
    public async Task<UnitImportResult> ImportFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) return new UnitImportResult.Failed($"Không tìm thấy tệp '{path}'");
        UnitFile file;
        try
        {
            if (TabularFile.IsSpreadsheet(path))
            {
                var rows = TabularFile.ReadRows(path).Select(r => r.Cells).ToList();
                file = UnitFileReader.ReadRows(Path.GetFileName(path), rows);
            }
            else
            {
                await using var stream = File.OpenRead(path);
                file = UnitFileReader.Read(Path.GetFileName(path), stream);
            }
        }
        catch (Exception e) when (e is UnitFileFormatException or TabularFileException)
        {
            return new UnitImportResult.Failed(e.Message);
        }
        return await SaveAsync(file.Format, file.Units, file.Mappings, file.Warnings, cancellationToken);
    }

    private async Task<UnitImportResult> SaveAsync(string format, IReadOnlyList<AdministrativeUnit> units, IReadOnlyList<UnitMapping> mappings,
        IReadOnlyList<string> warnings, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var versions = await db.CatalogVersions.Select(v => v.Id).ToListAsync(cancellationToken);
        foreach (var v in CatalogVersion.BuiltIn.Where(v => !versions.Contains(v.Id)))
            db.CatalogVersions.Add(new CatalogVersionRow(v));
        var known = CatalogVersion.BuiltIn.Select(v => v.Id).Concat(versions).ToHashSet(StringComparer.Ordinal);
        var unknown = units.Select(u => u.Version).Concat(mappings.SelectMany(m => new[] { m.OldVersion, m.NewVersion }))
            .Where(v => !known.Contains(v)).Distinct().ToList();
        if (unknown.Count > 0) return new UnitImportResult.Failed($"Phiên bản danh mục không biết: {string.Join(", ", unknown)}");

        var touchedVersions = units.Select(u => u.Version).Distinct().ToList();
        var existing = await db.Units.Where(u => touchedVersions.Contains(u.Version)).ToDictionaryAsync(u => (u.Version, u.Code), cancellationToken);
        int added = 0, updatedUnits = 0;
        foreach (var unit in units)
        {
            if (existing.TryGetValue((unit.Version, unit.Code), out var row))
            {
                if (row.Name != unit.Name || row.Type != unit.Type || row.Level != unit.Level || row.ParentCode != unit.ParentCode)
                {
                    row.Update(unit);
                    updatedUnits++;
                }
            }
            else
            {
                var newRow = new UnitRow(unit);
                db.Units.Add(newRow);
                existing[(unit.Version, unit.Code)] = newRow;
                added++;
            }
        }

        var existingLinks = await db.UnitMappings.ToDictionaryAsync(m => (m.OldVersion, m.OldCode, m.NewVersion, m.NewCode), cancellationToken);
        var mappingsAdded = 0;
        foreach (var m in mappings)
        {
            if (existingLinks.TryGetValue((m.OldVersion, m.OldCode, m.NewVersion, m.NewCode), out var link))
            {
                link.SetKind(m.Kind);
                continue;
            }
            var row = new UnitMappingRow(m);
            db.UnitMappings.Add(row);
            existingLinks[(m.OldVersion, m.OldCode, m.NewVersion, m.NewCode)] = row;
            mappingsAdded++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new UnitImportResult.Completed(format, added, updatedUnits, mappingsAdded, warnings);
    }
}
