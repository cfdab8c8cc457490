using System.Collections.Frozen;

namespace SachSong.Core.Access;

/// <summary>The one table of which role may do what, with the roles' codes and Vietnamese names.</summary>
public static class RolePermissions
{
    private static readonly FrozenDictionary<Role, FrozenSet<Permission>> Table = new Dictionary<Role, FrozenSet<Permission>>
    {
        [Role.ProvinceAdmin] = Enum.GetValues<Permission>().ToFrozenSet(),
        [Role.TaskForceProvince] = Set(Permission.ViewRegister, Permission.ViewLists, Permission.ImportLists, Permission.MatchLists, Permission.CorrectRows,
            Permission.EnterFigures, Permission.ViewReports, Permission.ManageIndicators),
        [Role.TaskForceDistrict] = Set(Permission.ViewRegister, Permission.ViewLists, Permission.ImportLists, Permission.MatchLists, Permission.CorrectRows,
            Permission.EnterFigures, Permission.ViewReports),
        [Role.TaskForceCommune] = Set(Permission.ViewRegister, Permission.ViewLists, Permission.CorrectRows, Permission.EnterFigures, Permission.ViewReports),
        [Role.Police] = Set(Permission.ViewRegister, Permission.SeeFullPersonalIds, Permission.ViewLists, Permission.ImportLists, Permission.MatchLists,
            Permission.CorrectRows, Permission.ViewReports),
        [Role.LabourOffice] = Set(Permission.ViewLists, Permission.ImportLists, Permission.MatchLists, Permission.EnterFigures, Permission.ViewReports),
        [Role.Association] = Set(Permission.ViewLists, Permission.ImportLists, Permission.MatchLists, Permission.ViewReports),
        [Role.Bank] = Set(Permission.ViewRegister, Permission.SeeFullPersonalIds),
        [Role.Viewer] = Set(Permission.ViewReports),
    }.ToFrozenDictionary();

    /// <summary>Whether <paramref name="role"/> may take <paramref name="permission"/>.</summary>
    public static bool Allows(Role role, Permission permission) => Table[role].Contains(permission);

    /// <summary>The role's code in files, the API and the database (snake_case).</summary>
    public static string Code(Role role) => role switch
    {
        Role.ProvinceAdmin => "province_admin",
        Role.TaskForceProvince => "task_force_province",
        Role.TaskForceDistrict => "task_force_district",
        Role.TaskForceCommune => "task_force_commune",
        Role.Police => "police",
        Role.LabourOffice => "labour_office",
        Role.Association => "association",
        Role.Bank => "bank",
        Role.Viewer => "viewer",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The role with this code, if any.</summary>
    public static Role? FromCode(string? code) =>
        Enum.GetValues<Role>().Cast<Role?>().FirstOrDefault(r => string.Equals(Code(r!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The role's name as officials say it.</summary>
    public static string Vietnamese(Role role) => role switch
    {
        Role.ProvinceAdmin => "Quản trị cấp tỉnh",
        Role.TaskForceProvince => "Tổ công tác Đề án 06 cấp tỉnh",
        Role.TaskForceDistrict => "Tổ công tác Đề án 06 cấp huyện",
        Role.TaskForceCommune => "Tổ công tác Đề án 06 cấp xã",
        Role.Police => "Công an",
        Role.LabourOffice => "Phòng Lao động – Thương binh và Xã hội",
        Role.Association => "Hội, đoàn thể",
        Role.Bank => "Ngân hàng",
        Role.Viewer => "Chỉ xem",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The role's name in English.</summary>
    public static string English(Role role) => role switch
    {
        Role.ProvinceAdmin => "Province administrator",
        Role.TaskForceProvince => "Province task force",
        Role.TaskForceDistrict => "District task force",
        Role.TaskForceCommune => "Commune task force",
        Role.Police => "Police",
        Role.LabourOffice => "Labour office",
        Role.Association => "Association",
        Role.Bank => "Bank",
        Role.Viewer => "Viewer",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    private static FrozenSet<Permission> Set(params Permission[] permissions) => permissions.ToFrozenSet();
}
