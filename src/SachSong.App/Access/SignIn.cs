using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Access;

namespace SachSong.App.Access;

/// <summary>Checks a user name and password, with lockout after <see cref="UserAccount.MaxFailedSignIns"/> failures in a row; every attempt is audited.</summary>
public sealed class SignIn(Database database, TimeProvider clock)
{
    public async Task<SignInOutcome> ExecuteAsync(string userName, string password, string? remote, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var name = UserAccount.NormalizeUserName(userName ?? "");
        await using var db = database.CreateContext();
        var user = await db.Users.Include(u => u.Scopes).FirstOrDefaultAsync(u => u.UserName == name, cancellationToken);
        SignInOutcome result;
        if (user is null)
        {
            PasswordHash.Verify(password ?? "", Dummy); // same work as a real check, so timing does not tell which names exist
            result = new SignInOutcome.WrongCredentials();
        }
        else if (user.IsDisabled) result = new SignInOutcome.Disabled();
        else if (user.IsLocked(now)) result = new SignInOutcome.LockedOut(user.LockedUntil!.Value);
        else if (!PasswordHash.Verify(password ?? "", user.PasswordHash))
        {
            user.SignInFailed(now);
            result = user.IsLocked(now) ? new SignInOutcome.LockedOut(user.LockedUntil!.Value) : new SignInOutcome.WrongCredentials();
        }
        else
        {
            user.SignedIn(now);
            if (PasswordHash.NeedsRehash(user.PasswordHash)) user.ChangePassword(PasswordHash.Create(password!));
            var scope = await ActorScopes.LoadAsync(db, user, cancellationToken);
            result = new SignInOutcome.Succeeded(user, new Actor(user.UserName, user.RoleValue, scope, remote));
        }

        var succeeded = result is SignInOutcome.Succeeded;
        db.AuditLog.Add(new AuditEntry(now, name.Length == 0 ? "?" : name, user?.Role ?? "", succeeded ? AuditActions.SignIn : AuditActions.SignInFailed,
            $"user:{name}", succeeded ? null : result.GetType().Name, remote));
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private static readonly string Dummy = PasswordHash.Create("not a password of anyone");
}
