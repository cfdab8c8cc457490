using System.Globalization;
using SachSong.App.Access;
using SachSong.App.Lists;
using SachSong.App.Storage;
using SachSong.Core.Linkage;
using SachSong.Core.Register;
using SachSong.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace SachSong.Web.Pages.Lists;

/// <summary>
/// The list operations as the pages and the API both run them: the application's use case, then the audit entry the web
/// owes for it (the use cases audit nothing themselves; corrections and decisions are audited by the database context).
/// </summary>
internal static class ListOperations
{
    public static async Task<ImportListResult> ImportAsync(Database database, TimeProvider clock, ListUploads uploads, ListUpload upload,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var user = database.Actor?.UserName ?? Actor.System.UserName;
        var result = await new ImportList(database, clock).ExecuteAsync(uploads.PathOf(upload), upload.Program, upload.Unit, CatalogVersion.ThreeTier.Id,
            upload.Title, upload.ListId, user, upload.Restricted, progress, cancellationToken);
        var (subject, details) = result switch
        {
            ImportListResult.Completed c => ($"list:{Id(c.ListId)}",
                $"tệp {upload.FileName}, phiên bản {c.Version}: {c.Imported} người, {c.Rejected.Count} dòng bị từ chối{(upload.Restricted ? ", hạn chế" : "")}"),
            ImportListResult.Failed f => ("list:" + (upload.ListId is { } l ? Id(l) : "new"), $"tệp {upload.FileName}: không nạp được — {f.Message}"),
            _ => throw new InvalidOperationException(),
        };
        await AuditAsync(database, clock, AuditActions.Import, subject, details, cancellationToken);
        if (result is ImportListResult.Completed) uploads.Delete(upload.Id); // the database keeps the file now
        return result;
    }

    public static async Task<MatchListResult> MatchAsync(Database database, TimeProvider clock, long listId, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        var user = database.Actor?.UserName ?? Actor.System.UserName;
        var result = await new MatchList(database, clock).ExecuteAsync(listId, user, new RegisterMatchSettings(), progress, cancellationToken);
        if (result is MatchListResult.Completed c)
            await AuditAsync(database, clock, AuditActions.Match, $"list:{Id(listId)}",
                $"đợt {c.Round}: đối sánh lại {c.Rematched} dòng; {c.Matched}/{c.Rows} trùng khớp", cancellationToken);
        return result;
    }

    /// <summary>Writes the annotated workbook into <paramref name="output"/>; false when the list is not found for this actor.</summary>
    public static async Task<bool> ExportAsync(Database database, TimeProvider clock, long listId, Stream output, CancellationToken cancellationToken)
    {
        var user = database.Actor?.UserName ?? Actor.System.UserName;
        if (!await new ExportListWorkbook(database, clock).ExecuteAsync(listId, output, user, cancellationToken)) return false;
        await AuditAsync(database, clock, AuditActions.Export, $"list:{Id(listId)}", "tệp kết quả đối sánh (.xlsx)", cancellationToken);
        return true;
    }

    /// <summary>A commune's worklist, audited as a view of the rows shown.</summary>
    public static async Task<IReadOnlyList<WorklistRow>> WorklistAsync(Database database, TimeProvider clock, long listId, string? commune,
        CancellationToken cancellationToken)
    {
        var rows = await new CommuneWorklist(database).ExecuteAsync(listId, commune, cancellationToken);
        await AuditAsync(database, clock, AuditActions.View, $"list:{Id(listId)}",
            $"danh sách làm sạch{(commune is null ? "" : " xã " + commune)}: {rows.Count} dòng", cancellationToken);
        return rows;
    }

    /// <summary>
    /// The register people a worklist row shows, in its order: its candidates, its matched person and the typed ID's owner, as far
    /// as the user may see them. Forms and the API name a candidate by its position here.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CandidatesShownAsync(AppDbContext db, ListEntry entry, CancellationToken cancellationToken)
    {
        var ids = entry.CandidateIds
            .Concat(entry.MatchedPersonalId is null ? [] : [entry.MatchedPersonalId])
            .Concat(PersonalId.Parse(entry.PersonalId) is PersonalIdParse.Valid v ? [v.Id.Value] : [])
            .Distinct(StringComparer.Ordinal).ToList();
        var visible = await db.Citizens.AsNoTracking().Where(c => ids.Contains(c.PersonalId)).Select(c => c.PersonalId).ToListAsync(cancellationToken);
        return [.. ids.Where(visible.Contains)];
    }

    public static async Task AuditAsync(Database database, TimeProvider clock, string action, string subject, string details, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        db.Audit(action, subject, details, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The download name of a list's workbook: its title, without characters a file system refuses.</summary>
    public static string ExportFileName(string title) =>
        ListUploads.SafeName($"{title} - kết quả đối sánh.xlsx");

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
