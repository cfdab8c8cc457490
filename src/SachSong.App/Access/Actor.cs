using SachSong.Core.Access;

namespace SachSong.App.Access;

/// <summary>Who is acting, as what, where they may see, and from where: what every scoped query and audit entry needs.</summary>
public sealed record Actor(string UserName, Role Role, AccessScope Scope, string? Remote)
{
    /// <summary>The command line and background jobs: whole register, audited under "system".</summary>
    public static Actor System { get; } = new("system", Role.ProvinceAdmin, AccessScope.Unrestricted, null);

    public bool Can(Permission permission) => RolePermissions.Allows(Role, permission);

    /// <summary>A personal ID as this actor may see it.</summary>
    public string ShowId(string? personalId) => PersonalIdMask.For(Role, personalId);
}
