using Microsoft.AspNetCore.Http.HttpResults;
using SachSong.App.Access;
using SachSong.Core.Access;
using SachSong.Web.Hosting;

namespace SachSong.Web.Api;

/// <summary><c>/api/me</c> and <c>/api/audit</c>: who the caller is, and the audit log for those allowed to read it (read only: there is no write route).</summary>
internal static class AccessApi
{
    public sealed record Me(string UserName, string Role, string RoleName, IReadOnlyList<string> Units, bool SeesFullIds, IReadOnlyList<string> Permissions);

    public sealed record AuditItem(long Id, DateTime At, string UserName, string Role, string Action, string Subject, string? Details, string? Remote);

    public sealed record AuditPage(int Total, int Page, IReadOnlyList<AuditItem> Entries);

    public static RouteGroupBuilder MapAccessApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (CurrentActor current) =>
        {
            var a = current.Actor;
            return TypedResults.Ok(new Me(a.UserName, RolePermissions.Code(a.Role), RolePermissions.Vietnamese(a.Role),
                a.Scope.All ? ["*"] : a.Scope.Roots, a.Can(Permission.SeeFullPersonalIds),
                [.. Enum.GetValues<Permission>().Where(a.Can).Select(p => p.ToString())]));
        }).WithTags("Access").WithName("Me").WithSummary("Tài khoản đang gọi: vai trò, phạm vi, quyền");

        api.MapGet("/audit", AuditAsync).WithTags("Access").WithName("AuditLog").RequireAuthorization(Policies.ViewAudit)
            .WithSummary("Nhật ký truy cập dữ liệu cá nhân, mới nhất trước; lọc theo người dùng, hành động, đối tượng, thời gian (UTC)");
        return api;
    }

    private static async Task<Ok<AuditPage>> AuditAsync(string? user, string? action, string? subject, DateTime? from, DateTime? to, int? page,
        AuditQuery query, CancellationToken cancellationToken)
    {
        var p = Math.Max(page ?? 1, 1);
        var (entries, total) = await query.ExecuteAsync(new AuditQuery.Filter(user, action, subject, from, to, p, 100), cancellationToken);
        return TypedResults.Ok(new AuditPage(total, p,
            [.. entries.Select(e => new AuditItem(e.Id, DateTime.SpecifyKind(e.At, DateTimeKind.Utc), e.UserName, e.Role, e.Action, e.Subject, e.Details, e.Remote))]));
    }
}
