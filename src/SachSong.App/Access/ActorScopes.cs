using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Access;

namespace SachSong.App.Access;

/// <summary>Turns a stored account into the <see cref="Actor"/> its requests run as.</summary>
public static class ActorScopes
{
    /// <summary>The account's scope: a province administrator scoped to nothing sees everything; anyone else sees only their units.</summary>
    public static async Task<AccessScope> LoadAsync(AppDbContext db, UserAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.RoleValue == Role.ProvinceAdmin && user.Scopes.Count == 0) return AccessScope.Unrestricted;
        return await AccessScope.LoadAsync(db, user.Scopes, cancellationToken);
    }

    /// <summary>The actor for the account named <paramref name="userName"/>, if it exists and may sign in.</summary>
    public static async Task<Actor?> ForUserAsync(Database database, string userName, string? remote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext();
        var user = await db.Users.AsNoTracking().Include(u => u.Scopes).FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        if (user is null || user.IsDisabled) return null;
        return new Actor(user.UserName, user.RoleValue, await LoadAsync(db, user, cancellationToken), remote);
    }
}
