using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;
using SachSong.App.Storage;
using SachSong.Core.Access;
using SachSong.Core.Units;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Admin;

[Authorize(Policy = Policies.ManageUsers)]
public sealed class UsersModel(Accounts accounts, Database database, TimeProvider clock) : PageModel
{
    private Dictionary<(string, string), string> _unitNames = [];

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Ok { get; private set; }
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public string UnitName(string version, string code) => _unitNames.GetValueOrDefault((version, code)) ?? code;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string userName, string displayName, string role, string? agency, string? units, string password,
        CancellationToken cancellationToken)
    {
        var result = await accounts.CreateAsync(userName, displayName, RolePermissions.FromCode(role) ?? Role.Viewer, password, agency,
            CatalogVersion.ThreeTier.Id, UnitCodes(units), cancellationToken);
        (Ok, Message) = result switch
        {
            AccountResult.Done d => (true, Ui.T($"Đã tạo tài khoản {d.User.UserName}.", $"Account {d.User.UserName} created.")),
            AccountResult.Invalid i => (false, i.Message),
            _ => (false, Ui.T("Không tạo được tài khoản.", "The account was not created.")),
        };
        if (!Ok) Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    internal static List<string> UnitCodes(string? units) =>
        [.. (units ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await accounts.ListAsync(cancellationToken);
        var codes = Users.SelectMany(u => u.Scopes).Select(s => s.UnitCode).Distinct().ToList();
        await using var db = database.CreateContext();
        _unitNames = (await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).Select(u => new { u.Version, u.Code, u.Name }).ToListAsync(cancellationToken))
            .ToDictionary(u => (u.Version, u.Code), u => u.Name);
    }
}
