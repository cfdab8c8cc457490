using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;
using SachSong.App.Lists;
using SachSong.App.Storage;
using SachSong.Core.Access;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Lists;

/// <summary>A list: versions, rounds (the matched rate per commune round after round), results by commune and reason, import problems.</summary>
[Authorize(Policy = Policies.ViewLists)]
public sealed class DetailsModel(Database database, SummarizeList summaries, ListImportProblems problems, ListJobs jobs, CurrentActor current,
    TimeProvider clock) : PageModel
{
    public sealed record VersionRow(int Number, string FileName, int Rows, int Rejected, string ImportedBy, DateTime ImportedAt);

    public SectoralList? List { get; private set; }
    public string UnitName { get; private set; } = "";
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];
    public IReadOnlyList<RoundRate> Rounds { get; private set; } = [];
    public IReadOnlyList<CommuneOutcome> Communes { get; private set; } = [];
    public ImportProblems? Problems { get; private set; }
    /// <summary>The whole annotated workbook is the unit's file: offered only to whose scope covers the submitting unit.</summary>
    public bool CanExport => List is { } l && current.Actor.Scope.Owns(l.UnitVersion, l.UnitCode);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        List = await db.Lists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (List is null) return NotFound();
        UnitName = await db.Units.AsNoTracking().Where(u => u.Version == List.UnitVersion && u.Code == List.UnitCode).Select(u => u.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? List.UnitCode;
        Versions = await db.ListVersions.AsNoTracking().Where(v => v.ListId == id).OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Number, v.FileName, v.RowCount, v.RejectedCount, v.ImportedBy, v.ImportedAt)).ToListAsync(cancellationToken);
        Rounds = await summaries.RoundsAsync(id, cancellationToken);
        Communes = await summaries.ByCommuneAsync(id, cancellationToken);
        // Rejected rows are read from the whole file, whatever commune they belong to: shown to whoever imports and fixes files.
        if (current.Actor.Can(Permission.ImportLists)) Problems = await problems.ExecuteAsync(id, cancellationToken);
        await ListOperations.AuditAsync(database, clock, AuditActions.View, $"list:{id.ToString(CultureInfo.InvariantCulture)}",
            "kết quả đối sánh theo xã", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMatchAsync(long id, string? returnUrl, CancellationToken cancellationToken)
    {
        if (!current.Actor.Can(Permission.MatchLists)) return Forbid();
        await using (var db = database.CreateContext())
            if (!await db.Lists.AnyAsync(l => l.Id == id, cancellationToken)) return NotFound();
        var back = returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
        var job = jobs.Start(current.Actor, Ui.T($"Đối sánh danh sách {id}", $"Matching list {id}"), back ?? $"/Lists/{id}",
            async (db, progress, ct) => await ListOperations.MatchAsync(db, clock, id, progress, ct));
        return Redirect($"/Lists/Job/{job.Id:N}");
    }

    public async Task<IActionResult> OnGetExportAsync(long id, CancellationToken cancellationToken)
    {
        string title;
        await using (var db = database.CreateContext())
        {
            var list = await db.Lists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
            if (list is null) return NotFound();
            title = list.Title;
        }
        var stream = new MemoryStream();
        if (!await ListOperations.ExportAsync(database, clock, id, stream, cancellationToken)) return NotFound();
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ListOperations.ExportFileName(title));
    }
}
