namespace SachSong.Core.Access;

/// <summary>How personal IDs are shown to roles that do not need them: the first digit and the last four (<c>0xx…xx1234</c>).</summary>
public static class PersonalIdMask
{
    /// <summary>The masked form; values too short to mask safely are replaced entirely.</summary>
    public static string Mask(string? personalId)
    {
        if (string.IsNullOrEmpty(personalId)) return "";
        var id = personalId.Trim();
        return id.Length < 9 ? "xx…xx" : string.Concat(id.AsSpan(0, 1), "xx…xx", id.AsSpan(id.Length - 4));
    }

    /// <summary>The ID as <paramref name="role"/> may see it.</summary>
    public static string For(Role role, string? personalId) =>
        RolePermissions.Allows(role, Permission.SeeFullPersonalIds) ? personalId ?? "" : Mask(personalId);
}
