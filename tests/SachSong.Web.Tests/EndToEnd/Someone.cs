using Microsoft.EntityFrameworkCore;
using SachSong.Core.Text;

namespace SachSong.Web.Tests.EndToEnd;

/// <summary>A living person of the demo register whose name (with diacritics) and birth year find only them, as a user would search.</summary>
public sealed record Someone(long Id, string PersonalId, string FullName, int BirthYear)
{
    /// <summary>What a user types: the name without diacritics, then the birth year ("nguyen van hung 1985").</summary>
    public string Query => $"{VietnameseText.AccentFreeKey(FullName)} {BirthYear}";

    /// <summary>The <paramref name="index"/>-th such person of commune 21088 (Xã Bình Long), so every flow can pick its own.</summary>
    public static async Task<Someone> PickAsync(BrowserApp app, int index, CancellationToken cancellationToken)
    {
        await using var db = app.Database.CreateContext();
        var people = await db.Citizens.AsNoTracking()
            .Select(c => new { c.Id, c.PersonalId, c.FullName, c.NameKey, c.BirthYear, c.CommuneCode, c.IsDeceased })
            .ToListAsync(cancellationToken);
        var unique = people.GroupBy(p => (p.NameKey, p.BirthYear)).Where(g => g.Count() == 1).Select(g => g.Single());
        return unique.Where(p => p.CommuneCode == "21088" && !p.IsDeceased && VietnameseText.HasDiacritics(p.FullName))
            .OrderBy(p => p.Id).Skip(index).Select(p => new Someone(p.Id, p.PersonalId, p.FullName, p.BirthYear)).First();
    }
}
