using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using SachSong.App.Access;
using SachSong.Core.Access;
using SachSong.Core.Units;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Admin;

[Authorize(Policy = Policies.ManageUsers)]
public sealed class UserModel(Accounts accounts, ApiKeys keys, IMemoryCache cache) : PageModel
{
    public UserAccount? Account { get; private set; }
    public string? Message { get; private set; }
    public bool Ok { get; private set; }
    public string? NewKey { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUpdateAsync(long id, string displayName, string role, string? agency, string? units, bool disabled,
        CancellationToken cancellationToken)
    {
        var result = await accounts.UpdateAsync(id, displayName, RolePermissions.FromCode(role) ?? Role.Viewer, agency, disabled, CatalogVersion.ThreeTier.Id,
            UsersModel.UnitCodes(units), cancellationToken);
        return await ShowAsync(id, result, Ui.T("Đã lưu.", "Saved."), cancellationToken);
    }

    public async Task<IActionResult> OnPostPasswordAsync(long id, string password, CancellationToken cancellationToken) =>
        await ShowAsync(id, await accounts.ResetPasswordAsync(id, password, cancellationToken), Ui.T("Đã đặt lại mật khẩu.", "Password reset."), cancellationToken);

    public async Task<IActionResult> OnPostKeyAsync(long id, string name, CancellationToken cancellationToken)
    {
        var issued = await keys.IssueAsync(id, name, cancellationToken);
        if (issued is { } k)
        {
            NewKey = k.Secret;
            (Ok, Message) = (true, Ui.T($"Đã cấp khóa \"{k.Key.Name}\".", $"Key \"{k.Key.Name}\" issued."));
        }
        else (Ok, Message) = (false, Ui.T("Chưa nhập tên khóa.", "The key needs a name."));
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<IActionResult> ShowAsync(long id, AccountResult result, string done, CancellationToken cancellationToken)
    {
        if (result is AccountResult.NotFound) return NotFound();
        (Ok, Message) = result is AccountResult.Invalid i ? (false, i.Message) : (true, done);
        if (!Ok) Response.StatusCode = StatusCodes.Status400BadRequest;
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        cache.Remove(ActorMiddleware.CacheKey(Account!.UserName)); // the new role and scope apply from the user's next request
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Account = (await accounts.ListAsync(cancellationToken)).FirstOrDefault(u => u.Id == id);
        return Account is not null;
    }
}
