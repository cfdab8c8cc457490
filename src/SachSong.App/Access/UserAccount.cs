using SachSong.Core.Access;

namespace SachSong.App.Access;

/// <summary>A person (or another system) who signs in to SachSong, with a role and failed-sign-in lockout.</summary>
public sealed class UserAccount
{
    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private UserAccount() { }

    public UserAccount(string userName, string displayName, Role role, string passwordHash, string? agency, DateTime createdAt)
    {
        UserName = NormalizeUserName(userName);
        DisplayName = displayName.Trim();
        Role = RolePermissions.Code(role);
        PasswordHash = passwordHash;
        Agency = agency?.Trim();
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    /// <summary>Lower-case sign-in name.</summary>
    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    /// <summary>Role code (<see cref="RolePermissions.Code"/>).</summary>
    public string Role { get; private set; } = "";
    public string? Agency { get; private set; }
    public string PasswordHash { get; private set; } = "";
    public int FailedSignIns { get; private set; }
    public DateTime? LockedUntil { get; private set; }
    public bool IsDisabled { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? LastSignInAt { get; private set; }
    public List<UserScopeRow> Scopes { get; private set; } = [];

    public Role RoleValue => RolePermissions.FromCode(Role) ?? Core.Access.Role.Viewer;

    public bool IsLocked(DateTime now) => LockedUntil is { } until && until > now;

    /// <summary>Counts a failed sign-in; the <see cref="MaxFailedSignIns"/>th in a row locks the account.</summary>
    public void SignInFailed(DateTime now)
    {
        FailedSignIns++;
        if (FailedSignIns >= MaxFailedSignIns)
        {
            LockedUntil = now + LockoutDuration;
            FailedSignIns = 0;
        }
    }

    public void SignedIn(DateTime now)
    {
        FailedSignIns = 0;
        LockedUntil = null;
        LastSignInAt = now;
    }

    public void ChangePassword(string passwordHash) => PasswordHash = passwordHash;

    public void Update(string displayName, Role role, string? agency, bool disabled)
    {
        DisplayName = displayName.Trim();
        Role = RolePermissions.Code(role);
        Agency = agency?.Trim();
        IsDisabled = disabled;
    }

    public void Unlock()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }

    public static string NormalizeUserName(string userName) => userName.Trim().ToLowerInvariant();
}
