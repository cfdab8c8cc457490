using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Lists.Reading;
using SachSong.App.Storage;
using SachSong.Core.Lists;
using SachSong.Core.Text;

namespace SachSong.App.Lists;

/// <summary>
/// The rows of a list's latest version that could not be imported, each with file, sheet, row, column and reason. Rejected
/// rows are not stored (they are not people), so the kept file is read again with the mappings saved now; a mapping
/// corrected after the import reads the file as the next import would.
/// </summary>
public sealed class ListImportProblems(Database database)
{
    /// <returns>Null when the list is not visible or has no version.</returns>
    public async Task<ImportProblems?> ExecuteAsync(long listId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var list = await db.Lists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null || list.CurrentVersion == 0) return null;
        var version = await db.ListVersions.AsNoTracking().SingleAsync(v => v.ListId == listId && v.Number == list.CurrentVersion, cancellationToken);
        if (version.RejectedCount == 0) return new ImportProblems(version.Number, version.FileName, [], []);
        var templates = await db.ListTemplates.AsNoTracking().Select(t => t.MappingJson).ToListAsync(cancellationToken);
        var saved = templates.Select(j => JsonSerializer.Deserialize<ColumnMapping>(j)).OfType<ColumnMapping>().ToList();

        // The reader names the file in each problem, so the copy keeps the file's own name inside a folder of its own.
        var folder = Directory.CreateTempSubdirectory("sachsong-problems-").FullName;
        try
        {
            var path = Path.Combine(folder, Path.GetFileName(version.FileName));
            await File.WriteAllBytesAsync(path, version.Content, cancellationToken);
            return ListFileReader.Read(path, saved) switch
            {
                ListFileResult.Loaded loaded => new ImportProblems(version.Number, version.FileName, loaded.Content.Rejected, loaded.Content.SkippedSheets),
                _ => new ImportProblems(version.Number, version.FileName, [], []),
            };
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>A version's rejected rows and the sheets that were not read.</summary>
public sealed record ImportProblems(int Version, string FileName, IReadOnlyList<RowProblem> Rejected, IReadOnlyList<SkippedSheet> SkippedSheets);
