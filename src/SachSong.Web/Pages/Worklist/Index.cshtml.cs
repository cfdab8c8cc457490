using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Linkage;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Worklist;

/// <summary>Where there is cleansing work in the user's scope: each list and commune with rows to look at.</summary>
[Authorize(Policy = Policies.CorrectRows)]
public sealed class IndexModel(Database database) : PageModel
{
    public sealed record Work(long ListId, string Title, string CommuneCode, string CommuneName, int Unmatched, int Review, int Changed);

    public IReadOnlyList<Work> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var counts = await db.ListEntries.AsNoTracking()
            .Where(e => e.Status == MatchStatus.Unmatched || e.Status == MatchStatus.Review || e.RegisterChanged)
            .GroupBy(e => new { e.ListId, e.CommuneCode })
            .Select(g => new
            {
                g.Key.ListId, g.Key.CommuneCode,
                Unmatched = g.Count(e => e.Status == MatchStatus.Unmatched), Review = g.Count(e => e.Status == MatchStatus.Review),
                Changed = g.Count(e => e.RegisterChanged),
            })
            .ToListAsync(cancellationToken);
        var lists = await db.Lists.AsNoTracking().Select(l => new { l.Id, l.Title, l.UnitVersion, l.UnitCode }).ToDictionaryAsync(l => l.Id, cancellationToken);
        var codes = counts.Select(c => c.CommuneCode).OfType<string>().Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).Select(u => new { u.Version, u.Code, u.Name }).ToListAsync(cancellationToken);
        Items = [.. counts.Where(c => lists.ContainsKey(c.ListId)).Select(c =>
            {
                var list = lists[c.ListId];
                var code = c.CommuneCode ?? list.UnitCode;
                return new Work(c.ListId, list.Title, code, names.FirstOrDefault(n => n.Version == list.UnitVersion && n.Code == code)?.Name ?? code,
                    c.Unmatched, c.Review, c.Changed);
            })
            .OrderByDescending(w => w.ListId).ThenBy(w => w.CommuneCode, StringComparer.Ordinal)];
    }
}
