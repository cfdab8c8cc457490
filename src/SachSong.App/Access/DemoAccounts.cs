using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Access;
using SachSong.Core.Units;

namespace SachSong.App.Access;

/// <summary>
/// One demo account per role in the demo district, made on first run with random passwords that are written to
/// <c>demo-accounts.txt</c> in the data folder (readable by the owner only) so they can be printed at every start.
/// </summary>
public sealed class DemoAccounts(Database database, TimeProvider clock)
{
    public const string FileName = "demo-accounts.txt";

    /// <summary>A demo account as printed.</summary>
    public sealed record Account(string UserName, string Password, Role Role, string Scope);

    private static readonly (string User, string Name, Role Role, string? Unit, string ScopeName, string Agency)[] Plan =
    [
        ("admin", "Quản trị tỉnh (mẫu)", Role.ProvinceAdmin, null, "toàn tỉnh", "Công an tỉnh Quảng Ngãi"),
        ("tinh", "Tổ công tác tỉnh (mẫu)", Role.TaskForceProvince, BuiltInCatalogue.ProvinceCode, "Tỉnh Quảng Ngãi", "Tổ công tác Đề án 06 tỉnh"),
        ("huyen", "Tổ công tác huyện (mẫu)", Role.TaskForceDistrict, BuiltInCatalogue.DistrictCode, "Huyện Bình Sơn", "Tổ công tác Đề án 06 huyện Bình Sơn"),
        ("xa", "Tổ công tác xã (mẫu)", Role.TaskForceCommune, "21088", "Xã Bình Long", "UBND xã Bình Long"),
        ("congan", "Công an huyện (mẫu)", Role.Police, BuiltInCatalogue.DistrictCode, "Huyện Bình Sơn", "Công an huyện Bình Sơn"),
        ("laodong", "Phòng LĐ-TB&XH (mẫu)", Role.LabourOffice, BuiltInCatalogue.DistrictCode, "Huyện Bình Sơn", "Phòng Lao động – Thương binh và Xã hội huyện Bình Sơn"),
        ("hoi", "Hội Người cao tuổi (mẫu)", Role.Association, BuiltInCatalogue.DistrictCode, "Huyện Bình Sơn", "Hội Người cao tuổi huyện Bình Sơn"),
        ("nganhang", "Ngân hàng (mẫu)", Role.Bank, BuiltInCatalogue.ProvinceCode, "Tỉnh Quảng Ngãi", "Ngân hàng Chính sách xã hội tỉnh Quảng Ngãi"),
        ("xem", "Người xem (mẫu)", Role.Viewer, BuiltInCatalogue.DistrictCode, "Huyện Bình Sơn", "Văn phòng UBND huyện Bình Sơn"),
    ];

    /// <summary>Creates the accounts when there are no accounts at all, and returns those the passwords file knows.</summary>
    public async Task<IReadOnlyList<Account>> EnsureAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(database.Settings.DataFolder, FileName);
        await using (var db = database.CreateContext())
        {
            if (!await db.Users.AnyAsync(cancellationToken))
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var lines = new List<string>();
                foreach (var (user, name, role, unit, scopeName, agency) in Plan)
                {
                    var password = NewPassword();
                    var account = new UserAccount(user, name, role, PasswordHash.Create(password), agency, now);
                    if (unit is not null) account.Scopes.Add(new UserScopeRow(CatalogVersion.ThreeTier.Id, unit));
                    db.Users.Add(account);
                    lines.Add(string.Join('\t', user, password, RolePermissions.Code(role), scopeName));
                }
                db.Audit(AuditActions.ManageUser, "user:*", "tạo các tài khoản mẫu", now);
                Directory.CreateDirectory(database.Settings.DataFolder);
                await File.WriteAllLinesAsync(file, lines, cancellationToken);
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        if (!File.Exists(file)) return [];
        return [.. (await File.ReadAllLinesAsync(file, cancellationToken)).Select(l => l.Split('\t')).Where(p => p.Length == 4)
            .Select(p => new Account(p[0], p[1], RolePermissions.FromCode(p[2]) ?? Role.Viewer, p[3]))];
    }

    private static string NewPassword()
    {
        // Readable aloud and typed without ambiguity: no 0/O, 1/l/I.
        const string alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        return string.Concat(Enumerable.Range(0, 3).Select(_ => RandomNumberGenerator.GetString(alphabet, 4)).Select((g, i) => i == 0 ? g : "-" + g));
    }
}
