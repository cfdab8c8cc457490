using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Access;

namespace SachSong.App.Access;

/// <summary>What an administrator does with accounts: create, change role and scopes, reset passwords, unlock. Each change is audited.</summary>
public sealed class Accounts(Database database, TimeProvider clock)
{
    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Users.AsNoTracking().Include(u => u.Scopes).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
    }

    /// <summary>Creates an account; the scope units must exist in <paramref name="catalogVersion"/>.</summary>
    public async Task<AccountResult> CreateAsync(string userName, string displayName, Role role, string password, string? agency,
        string catalogVersion, IReadOnlyList<string> unitCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitCodes);
        var name = UserAccount.NormalizeUserName(userName ?? "");
        if (name.Length is < 3 or > 100 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            return new AccountResult.Invalid("Tên đăng nhập gồm 3–100 chữ cái không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.");
        if (string.IsNullOrWhiteSpace(displayName)) return new AccountResult.Invalid("Chưa nhập họ tên.");
        if (PasswordProblem(password) is { } weak) return weak;
        await using var db = database.CreateContext();
        if (await db.Users.AnyAsync(u => u.UserName == name, cancellationToken)) return new AccountResult.Invalid($"Tên đăng nhập \"{name}\" đã có.");
        if (await UnknownUnitsAsync(db, catalogVersion, unitCodes, cancellationToken) is { } unknown) return unknown;

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new UserAccount(name, displayName!, role, PasswordHash.Create(password!), agency, now);
        foreach (var code in unitCodes.Distinct(StringComparer.Ordinal)) user.Scopes.Add(new UserScopeRow(catalogVersion, code));
        db.Users.Add(user);
        db.Audit(AuditActions.ManageUser, $"user:{name}", $"tạo tài khoản, vai trò {RolePermissions.Code(role)}, phạm vi {string.Join(",", unitCodes)}", now);
        await db.SaveChangesAsync(cancellationToken);
        return new AccountResult.Done(user);
    }

    /// <summary>Changes display name, role, agency, disabled flag and scopes.</summary>
    public async Task<AccountResult> UpdateAsync(long id, string displayName, Role role, string? agency, bool disabled,
        string catalogVersion, IReadOnlyList<string> unitCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitCodes);
        await using var db = database.CreateContext();
        var user = await db.Users.Include(u => u.Scopes).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null) return new AccountResult.NotFound();
        if (string.IsNullOrWhiteSpace(displayName)) return new AccountResult.Invalid("Chưa nhập họ tên.");
        if (await UnknownUnitsAsync(db, catalogVersion, unitCodes, cancellationToken) is { } unknown) return unknown;
        user.Update(displayName, role, agency, disabled);
        user.Scopes.Clear();
        foreach (var code in unitCodes.Distinct(StringComparer.Ordinal)) user.Scopes.Add(new UserScopeRow(catalogVersion, code));
        db.Audit(AuditActions.ManageUser, $"user:{user.UserName}",
            $"vai trò {RolePermissions.Code(role)}, phạm vi {string.Join(",", unitCodes)}{(disabled ? ", khóa tài khoản" : "")}", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new AccountResult.Done(user);
    }

    /// <summary>Sets a new password and lifts any lockout.</summary>
    public async Task<AccountResult> ResetPasswordAsync(long id, string password, CancellationToken cancellationToken)
    {
        if (PasswordProblem(password) is { } weak) return weak;
        await using var db = database.CreateContext();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null) return new AccountResult.NotFound();
        user.ChangePassword(PasswordHash.Create(password!));
        user.Unlock();
        db.Audit(AuditActions.ManageUser, $"user:{user.UserName}", "đặt lại mật khẩu", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new AccountResult.Done(user);
    }

    private static AccountResult.Invalid? PasswordProblem(string? password) =>
        (password ?? "").Length < MinPasswordLength ? new AccountResult.Invalid($"Mật khẩu phải có ít nhất {MinPasswordLength} ký tự.") : null;

    /// <summary>The refusal naming the scope units that are not in the catalogue version, or null when all exist.</summary>
    private static async Task<AccountResult.Invalid?> UnknownUnitsAsync(AppDbContext db, string version, IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Units.Where(u => u.Version == version && wanted.Contains(u.Code)).Select(u => u.Code).ToListAsync(cancellationToken);
        var unknown = wanted.Except(known, StringComparer.Ordinal).ToList();
        return unknown.Count == 0 ? null : new AccountResult.Invalid($"Không có đơn vị hành chính mã {string.Join(", ", unknown)} trong danh mục {version}.");
    }
}
