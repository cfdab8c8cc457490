using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Linkage;
using SachSong.Core.Text;

namespace SachSong.App.Lists;

/// <summary>Loads the register's match fields into the engine's compact in-memory index, in one streaming query.</summary>
public static class RegisterSnapshot
{
    public static async Task<RegisterIndex> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = new List<RegisterPerson>();
        await foreach (var c in db.Citizens.AsNoTracking()
            .Select(c => new { c.PersonalId, c.FullName, c.BirthYear, c.BirthMonth, c.BirthDay, c.Sex, c.CommuneCode, c.IsDeceased, c.LegacyIdNumber })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            people.Add(new RegisterPerson(c.PersonalId, c.FullName, new PartialDate(c.BirthYear, c.BirthMonth, c.BirthDay), c.Sex, c.CommuneCode, c.IsDeceased, c.LegacyIdNumber));
        }
        return RegisterIndex.Build(people);
    }
}
