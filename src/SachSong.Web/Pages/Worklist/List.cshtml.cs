using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Lists;
using SachSong.App.Storage;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Worklist;

/// <summary>
/// A commune's worklist of one list: each unmatched or review row beside the register's candidates, with forms to correct
/// the row, decide a review row, and (for roles that match) resubmit the list so corrected rows are matched again.
/// </summary>
[Authorize(Policy = Policies.CorrectRows)]
public sealed class ListModel(Database database, CorrectListEntry cleansing, CurrentActor current, TimeProvider clock) : PageModel
{
    public SectoralList? List { get; private set; }
    public string? Commune { get; private set; }
    /// <summary>Communes of this list with work, for a user who has several.</summary>
    public IReadOnlyList<(string Code, string Name)> Communes { get; private set; } = [];
    public IReadOnlyList<WorklistRow> Rows { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Ok { get; private set; }
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));

    public async Task<IActionResult> OnGetAsync(long id, string? commune, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, commune, cancellationToken)) return NotFound();
        (Ok, Message) = done switch
        {
            "correct" => (true, Ui.T("Đã ghi sửa đổi; dòng sẽ được đối sánh lại ở đợt sau.", "Correction recorded; the row is matched again next round.")),
            "decide" => (true, Ui.T("Đã ghi quyết định.", "Decision recorded.")),
            "none" => (true, Ui.T("Không có gì thay đổi.", "Nothing changed.")),
            _ => (false, null),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostCorrectAsync(long id, string? commune, long entryId, string? fullName, string? personalId, string? birthDate,
        string? sex, string? note, CancellationToken cancellationToken)
    {
        ListEntryValues current0;
        await using (var db = database.CreateContext())
        {
            var entry = await db.ListEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId && e.ListId == id, cancellationToken);
            if (entry is null) return NotFound();
            current0 = entry.Values;
        }
        // The ID box starts empty (the typed ID may be shown masked): empty keeps it.
        var values = current0 with
        {
            FullName = Blank(fullName) ?? current0.FullName,
            PersonalId = Blank(personalId) ?? current0.PersonalId,
            BirthDate = Blank(birthDate) ?? current0.BirthDate,
            Sex = Blank(sex) ?? current0.Sex,
        };
        return await AfterAsync(id, commune, await cleansing.CorrectAsync(entryId, values, current.Actor.UserName, Blank(note), cancellationToken), "correct", cancellationToken);
    }

    public async Task<IActionResult> OnPostDecideAsync(long id, string? commune, long entryId, string? candidate, string? note, CancellationToken cancellationToken)
    {
        string? personalId;
        await using (var db = database.CreateContext())
        {
            var entry = await db.ListEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId && e.ListId == id, cancellationToken);
            if (entry is null) return NotFound();
            // Candidates are posted by position, so a masked ID never has to travel to the browser and back.
            var shown = await Lists.ListOperations.CandidatesShownAsync(db, entry, cancellationToken);
            if (candidate == "none") personalId = null;
            else if (int.TryParse(candidate, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < shown.Count) personalId = shown[n];
            else
            {
                await LoadAsync(id, commune, cancellationToken);
                (Ok, Message) = (false, Ui.T("Hãy chọn một người trong sổ dân cư, hoặc \"không phải người nào\".", "Choose a register person, or \"none of them\"."));
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
        }
        return await AfterAsync(id, commune, await cleansing.DecideAsync(entryId, personalId, current.Actor.UserName, Blank(note), cancellationToken), "decide", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(long id, string? commune, CleansingResult result, string done, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case CleansingResult.Done d:
                return Redirect($"/Worklist/{id.ToString(CultureInfo.InvariantCulture)}?commune={Uri.EscapeDataString(commune ?? "")}&done={(d.Changes == 0 ? "none" : done)}");
            case CleansingResult.EntryNotFound:
                return NotFound();
            case CleansingResult.Refused r:
                if (!await LoadAsync(id, commune, cancellationToken)) return NotFound();
                (Ok, Message) = (false, r.Reason);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            default:
                throw new InvalidOperationException();
        }
    }

    private async Task<bool> LoadAsync(long id, string? commune, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        List = await db.Lists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (List is null) return false;
        var scope = current.Actor.Scope;
        commune = string.IsNullOrWhiteSpace(commune) ? null : commune.Trim();
        if (commune is not null && !scope.Covers(List.UnitVersion, commune)) return false;
        var version = List.UnitVersion;
        var codes = await db.ListEntries.AsNoTracking().Where(e => e.ListId == id && e.CommuneCode != null).Select(e => e.CommuneCode!).Distinct()
            .ToListAsync(cancellationToken);
        var names = await db.Units.AsNoTracking().Where(u => u.Version == version && codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
        Communes = [.. codes.Order(StringComparer.Ordinal).Select(c => (c, names.GetValueOrDefault(c) ?? c))];
        // A commune officer has one commune: theirs, without choosing.
        Commune = commune ?? (Communes.Count == 1 ? Communes[0].Code : null);
        Rows = Commune is null ? [] : await Lists.ListOperations.WorklistAsync(database, clock, id, Commune, cancellationToken);
        return true;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
