using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Linkage;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Lists;

[Authorize(Policy = Policies.ViewLists)]
public sealed class IndexModel(Database database) : PageModel
{
    /// <summary>A list as the table shows it; the counts are of the rows the user may see.</summary>
    public sealed record Row(long Id, string Title, string Program, string UnitName, int Versions, int Rounds, bool Restricted, string CreatedBy,
        int Rows, int Matched)
    {
        public decimal? MatchedPercent => Rows == 0 ? null : 100m * Matched / Rows;
    }

    public IReadOnlyList<Row> Lists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lists = await LoadAsync(database, cancellationToken);

    internal static async Task<IReadOnlyList<Row>> LoadAsync(Database database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var lists = await db.Lists.AsNoTracking().OrderByDescending(l => l.Id).ToListAsync(cancellationToken);
        var counts = await db.ListEntries.AsNoTracking().GroupBy(e => e.ListId)
            .Select(g => new { ListId = g.Key, Rows = g.Count(), Matched = g.Count(e => e.Status == MatchStatus.Matched) })
            .ToDictionaryAsync(c => c.ListId, cancellationToken);
        var units = lists.Select(l => l.UnitCode).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => units.Contains(u.Code)).Select(u => new { u.Version, u.Code, u.Name })
            .ToListAsync(cancellationToken);
        return [.. lists.Select(l => new Row(l.Id, l.Title, App.Lists.Programs.Vietnamese(l.Program),
            names.FirstOrDefault(n => n.Version == l.UnitVersion && n.Code == l.UnitCode)?.Name ?? l.UnitCode,
            l.CurrentVersion, l.Rounds, l.Restricted, l.CreatedBy, counts.GetValueOrDefault(l.Id)?.Rows ?? 0, counts.GetValueOrDefault(l.Id)?.Matched ?? 0))];
    }
}
