using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;
using SachSong.App.Lists;
using SachSong.App.Storage;
using SachSong.Core.Linkage;
using SachSong.Core.Register;
using SachSong.Web.Hosting;
using SachSong.Web.Pages.Lists;

namespace SachSong.Web.Api;

/// <summary><c>/api/lists</c>: sectoral lists, their import, matching rounds and worklists, in the caller's scope, audited, IDs masked unless the role needs them.</summary>
internal static class ListsApi
{
    public sealed record ListItem(long Id, string Title, string Program, string ProgramName, string UnitName, int Versions, int Rounds, bool Restricted,
        int Rows, int Matched, decimal? MatchedPercent);

    public sealed record CommuneItem(string CommuneCode, string CommuneName, int Rows, int Matched, int Review, int Unmatched, decimal? MatchedPercent,
        IReadOnlyDictionary<string, int> ByReason);

    public sealed record RoundItem(int Round, DateTime At, string CommuneCode, int Rows, int Matched, int Review, int Unmatched);

    public sealed record ListSummary(long Id, string Title, string Program, string UnitCode, bool Restricted, int Versions, IReadOnlyList<CommuneItem> Communes,
        IReadOnlyList<RoundItem> Rounds);

    public sealed record RowProblemItem(string File, string? Sheet, int Row, string Column, string Message);

    public sealed record ImportResponse(long ListId, int Version, int Imported, int Added, int Changed, int Removed, int Skipped, int BlankRows,
        IReadOnlyList<RowProblemItem> Rejected, IReadOnlyList<string> SkippedSheets);

    public sealed record MatchResponse(int Round, int Rematched, int Rows, int Matched, int Review, int Unmatched, bool NothingChanged);

    public sealed record Values(string? PersonalId, string? FullName, string? BirthDate, string? Sex, string? CommuneCode);

    public sealed record Candidate(int Index, string PersonalId, string FullName, string BirthDate, string Sex, string CommuneCode, bool Deceased,
        IReadOnlyList<string> Differs);

    public sealed record WorklistItem(long EntryId, string RowKey, string? Sheet, int Row, Values Values, string Status, IReadOnlyList<string> Reasons,
        IReadOnlyList<string> ReasonNames, IReadOnlyList<Candidate> Candidates);

    /// <summary>New values of a row; a field left out (null) keeps its value.</summary>
    public sealed record CorrectionRequest(string? FullName, string? PersonalId, string? BirthDate, string? Sex, string? CommuneCode, string? Note);

    /// <summary>A review row's person: a candidate by its worklist <c>Index</c>, or a full <c>PersonalId</c>, or <c>NotInRegister</c>.</summary>
    public sealed record DecisionRequest(int? Candidate, string? PersonalId, bool NotInRegister, string? Note);

    public sealed record CleansingResponse(int Changes);

    public static RouteGroupBuilder MapListsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/lists").WithTags("Lists");
        group.MapGet("/", ListAsync).WithName("GetLists").RequireAuthorization(Policies.ViewLists)
            .WithSummary("Các danh sách chuyên ngành trong phạm vi: chương trình, đơn vị, phiên bản, đợt đối sánh, tỉ lệ trùng khớp");
        group.MapGet("/{id:long}", SummaryAsync).WithName("GetList").RequireAuthorization(Policies.ViewLists)
            .WithSummary("Kết quả đối sánh của một danh sách theo xã và lý do, và tỉ lệ trùng khớp qua các đợt");
        // Multipart form binding makes minimal APIs demand an antiforgery token, which a system client using X-Api-Key cannot have.
        // Turning it off here is safe: an API key is a header, not a cookie, so no other site can make a browser send it (no CSRF);
        // and a browser's cookie is SameSite=Strict, so it is not sent on a cross-site POST either.
        group.MapPost("/", ImportAsync).WithName("ImportList").RequireAuthorization(Policies.ImportLists).DisableAntiforgery()
            .WithSummary("Nạp một danh sách (multipart: file, program, unit, title, restricted, listId); trả về kết quả kèm các dòng bị từ chối");
        group.MapPost("/{id:long}/match", MatchAsync).WithName("MatchList").RequireAuthorization(Policies.MatchLists)
            .WithSummary("Đối sánh danh sách với sổ dân cư (chỉ các dòng mới hoặc đã sửa)");
        group.MapGet("/{id:long}/worklist", WorklistAsync).WithName("GetWorklist").RequireAuthorization(Policies.CorrectRows)
            .WithSummary("Các dòng chưa trùng khớp hoặc cần xem xét của một xã, kèm người trong sổ dân cư và các trường khác nhau");
        group.MapPost("/entries/{entryId:long}/correction", CorrectAsync).WithName("CorrectEntry").RequireAuthorization(Policies.CorrectRows)
            .WithSummary("Sửa một dòng (ghi lại ai sửa, khi nào, giá trị cũ và mới); dòng được đối sánh lại ở đợt sau");
        group.MapPost("/entries/{entryId:long}/decision", DecideAsync).WithName("DecideEntry").RequireAuthorization(Policies.CorrectRows)
            .WithSummary("Quyết định một dòng cần xem xét: là một người trong sổ dân cư, hoặc không có trong sổ");
        group.MapGet("/{id:long}/export", ExportAsync).WithName("ExportList").RequireAuthorization(Policies.ViewLists)
            .WithSummary("Tải tệp của đơn vị kèm các cột kết quả và trang tổng hợp theo xã (.xlsx), ghi người xuất và thời điểm");
        return api;
    }

    private static async Task<Ok<List<ListItem>>> ListAsync(Database database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var programs = await db.Lists.AsNoTracking().Select(l => new { l.Id, l.Program }).ToDictionaryAsync(l => l.Id, l => l.Program, cancellationToken);
        var rows = await IndexModel.LoadAsync(database, cancellationToken);
        return TypedResults.Ok(rows.Select(r => new ListItem(r.Id, r.Title, programs.GetValueOrDefault(r.Id) ?? "", r.Program, r.UnitName, r.Versions, r.Rounds,
            r.Restricted, r.Rows, r.Matched, Round(r.MatchedPercent))).ToList());
    }

    private static async Task<Results<Ok<ListSummary>, NotFound>> SummaryAsync(long id, Database database, SummarizeList summaries, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        SectoralList? list;
        await using (var db = database.CreateContext()) list = await db.Lists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (list is null) return TypedResults.NotFound();
        var communes = await summaries.ByCommuneAsync(id, cancellationToken);
        var rounds = await summaries.RoundsAsync(id, cancellationToken);
        await ListOperations.AuditAsync(database, clock, AuditActions.View, $"list:{Id(id)}", "kết quả đối sánh theo xã", cancellationToken);
        return TypedResults.Ok(new ListSummary(list.Id, list.Title, list.Program, list.UnitCode, list.Restricted, list.CurrentVersion,
            [.. communes.Select(c => new CommuneItem(c.CommuneCode, c.CommuneName, c.Rows, c.Matched, c.Review, c.Unmatched, Round(c.MatchedRate * 100),
                c.ByReason.ToDictionary(r => MatchReasons.Code(r.Key), r => r.Value)))],
            [.. rounds.Select(r => new RoundItem(r.Round, DateTime.SpecifyKind(r.At, DateTimeKind.Utc), r.CommuneCode, r.Rows, r.Matched, r.Review, r.Unmatched))]));
    }

    private static async Task<Results<Ok<ImportResponse>, BadRequest<HttpValidationProblemDetails>>> ImportAsync(IFormFile? file, [FromForm] string? program,
        [FromForm] string? unit, [FromForm] string? title, [FromForm] bool? restricted, [FromForm] long? listId, Database database, ListUploads uploads,
        CurrentActor current, TimeProvider clock, CancellationToken cancellationToken)
    {
        var saved = await uploads.SaveAsync(file, new ListUploadForm(program ?? "", unit ?? "", title, restricted ?? false, listId), current.Actor.UserName,
            cancellationToken);
        if (saved is UploadResult.Refused refused) return Problem("file", refused.Message);
        var upload = ((UploadResult.Saved)saved).Upload;
        try
        {
            return await ListOperations.ImportAsync(database, clock, uploads, upload, null, cancellationToken) switch
            {
                ImportListResult.Completed c => TypedResults.Ok(new ImportResponse(c.ListId, c.Version, c.Imported, c.Added, c.Changed, c.Removed, c.Skipped.Count,
                    c.BlankRows, [.. c.Rejected.Select(p => new RowProblemItem(p.File, p.Sheet, p.Row, p.Column, p.Message))], [.. c.SkippedSheets.Select(s => s.ToString())])),
                ImportListResult.Failed f => Problem("file", f.Message),
                _ => throw new InvalidOperationException(),
            };
        }
        finally
        {
            // A system client sends the file again rather than correcting a mapping here, so nothing is kept for later.
            uploads.Delete(upload.Id);
        }
    }

    private static async Task<Results<Ok<MatchResponse>, NotFound>> MatchAsync(long id, Database database, TimeProvider clock, CancellationToken cancellationToken) =>
        await ListOperations.MatchAsync(database, clock, id, null, cancellationToken) switch
        {
            MatchListResult.Completed c => TypedResults.Ok(new MatchResponse(c.Round, c.Rematched, c.Rows, c.Matched, c.Review, c.Unmatched, false)),
            MatchListResult.NothingChanged n => TypedResults.Ok(new MatchResponse(n.Round, 0, 0, 0, 0, 0, true)),
            MatchListResult.ListNotFound => TypedResults.NotFound(),
            _ => throw new InvalidOperationException(),
        };

    private static async Task<Results<Ok<List<WorklistItem>>, NotFound>> WorklistAsync(long id, string? commune, Database database, CurrentActor current,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        SectoralList? list;
        await using (var db = database.CreateContext()) list = await db.Lists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (list is null) return TypedResults.NotFound();
        var actor = current.Actor;
        commune = string.IsNullOrWhiteSpace(commune) ? null : commune.Trim();
        if (commune is not null && !actor.Scope.Covers(list.UnitVersion, commune)) return TypedResults.NotFound();
        var rows = await ListOperations.WorklistAsync(database, clock, id, commune, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));
        return TypedResults.Ok(rows.Select(r => new WorklistItem(r.EntryId, r.RowKey, r.Sheet, r.RowNumber,
            new Values(actor.ShowId(r.Values.PersonalId), r.Values.FullName, r.Values.BirthDate, r.Values.Sex, r.Values.CommuneCode),
            MatchReasons.StatusCode(r.Status), [.. r.Reasons.Select(MatchReasons.Code)], [.. r.Reasons.Select(MatchReasons.Vietnamese)],
            [.. r.RegisterCandidates.Select((c, i) => new Candidate(i, actor.ShowId(c.PersonalId), c.FullName, c.BirthDate.ToString(), c.Sex.ToVietnamese(),
                c.CommuneCode, c.IsDeceased, Differs(r.Values, c, today)))])).ToList());
    }

    private static async Task<Results<Ok<CleansingResponse>, NotFound, BadRequest<HttpValidationProblemDetails>>> CorrectAsync(long entryId,
        CorrectionRequest request, Database database, CorrectListEntry cleansing, CurrentActor current, CancellationToken cancellationToken)
    {
        ListEntryValues before;
        await using (var db = database.CreateContext())
        {
            var entry = await db.ListEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
            if (entry is null) return TypedResults.NotFound();
            before = entry.Values;
        }
        var values = before with
        {
            FullName = request.FullName ?? before.FullName,
            PersonalId = request.PersonalId ?? before.PersonalId,
            BirthDate = request.BirthDate ?? before.BirthDate,
            Sex = request.Sex ?? before.Sex,
            CommuneCode = request.CommuneCode ?? before.CommuneCode,
        };
        return Translate(await cleansing.CorrectAsync(entryId, values, current.Actor.UserName, request.Note, cancellationToken));
    }

    private static async Task<Results<Ok<CleansingResponse>, NotFound, BadRequest<HttpValidationProblemDetails>>> DecideAsync(long entryId,
        DecisionRequest request, Database database, CorrectListEntry cleansing, CurrentActor current, CancellationToken cancellationToken)
    {
        string? personalId;
        await using (var db = database.CreateContext())
        {
            var entry = await db.ListEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
            if (entry is null) return TypedResults.NotFound();
            var shown = await ListOperations.CandidatesShownAsync(db, entry, cancellationToken);
            var given = (request.Candidate is null ? 0 : 1) + (request.PersonalId is null ? 0 : 1) + (request.NotInRegister ? 1 : 0);
            if (given != 1) return Problem("decision", "Cần đúng một trong candidate, personalId hoặc notInRegister");
            if (request.Candidate is { } n && (n < 0 || n >= shown.Count)) return Problem("candidate", $"Không có người thứ {n} trong danh sách làm sạch của dòng này");
            personalId = request.NotInRegister ? null : request.Candidate is { } i ? shown[i] : request.PersonalId!.Trim();
        }
        return Translate(await cleansing.DecideAsync(entryId, personalId, current.Actor.UserName, request.Note, cancellationToken));
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> ExportAsync(long id, Database database, TimeProvider clock, CancellationToken cancellationToken)
    {
        string title;
        await using (var db = database.CreateContext())
        {
            var list = await db.Lists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
            if (list is null) return TypedResults.NotFound();
            title = list.Title;
        }
        var stream = new MemoryStream();
        if (!await ListOperations.ExportAsync(database, clock, id, stream, cancellationToken)) return TypedResults.NotFound();
        stream.Position = 0;
        return TypedResults.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ListOperations.ExportFileName(title));
    }

    private static Results<Ok<CleansingResponse>, NotFound, BadRequest<HttpValidationProblemDetails>> Translate(CleansingResult result) => result switch
    {
        CleansingResult.Done d => TypedResults.Ok(new CleansingResponse(d.Changes)),
        CleansingResult.EntryNotFound => TypedResults.NotFound(),
        CleansingResult.Refused r => Problem("entry", r.Reason),
        _ => throw new InvalidOperationException(),
    };

    private static List<string> Differs(ListEntryValues row, CitizenRecord person, DateOnly today)
    {
        var fields = new List<string>();
        if (Pages.Worklist.WorklistDiff.Id(row, person)) fields.Add("personal_id");
        if (Pages.Worklist.WorklistDiff.Name(row, person)) fields.Add("full_name");
        if (Pages.Worklist.WorklistDiff.BirthDate(row, person, today)) fields.Add("birth_date");
        if (Pages.Worklist.WorklistDiff.Sex(row, person)) fields.Add("sex");
        if (Pages.Worklist.WorklistDiff.Commune(row, person)) fields.Add("commune_code");
        return fields;
    }

    private static BadRequest<HttpValidationProblemDetails> Problem(string field, string message) =>
        TypedResults.BadRequest(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] }) { Detail = message });

    private static decimal? Round(decimal? percent) => percent is { } p ? Math.Round(p, 2, MidpointRounding.AwayFromZero) : null;

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
