using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;
using SachSong.App.Demo;
using SachSong.App.Lists;
using SachSong.App.Units;
using SachSong.Core.Access;
using SachSong.Core.Linkage;
using SachSong.Core.Units;

namespace SachSong.Web.Hosting;

/// <summary>
/// What the web app does before it serves: brings the schema up to date, loads the built-in units and, on a fresh database, the demo
/// district, its social-protection list (imported and matched once) and one demo account per role, then prints the accounts.
/// </summary>
public static class FirstRun
{
    public static async Task ExecuteAsync(IServiceProvider services, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        var database = services.GetRequiredService<RootDatabase>().Database;
        var clock = services.GetRequiredService<TimeProvider>();
        await database.MigrateAsync(cancellationToken);
        await new ImportUnits(database).LoadBuiltInAsync(cancellationToken);
        output.WriteLine($"SachSong — cơ sở dữ liệu: {database.Settings.Describe()}");

        if (!string.Equals(configuration[WebSettings.DemoEnabledKey], "false", StringComparison.OrdinalIgnoreCase))
        {
            var people = int.TryParse(configuration[WebSettings.DemoPeopleKey], System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 150_000;
            var demo = new DemoDistrict(database, clock);
            output.WriteLine("Lần chạy đầu: đang sinh huyện mẫu nếu sổ dân cư còn trống…");
            var written = await demo.LoadIfEmptyAsync(people, 2024, null, cancellationToken);
            if (written > 0)
            {
                output.WriteLine($"Đã nạp {written.ToString("N0", Ui.Vietnamese)} người của huyện mẫu Bình Sơn; danh sách mẫu ở {demo.ListFolder}");
                await LoadDemoListAsync(database, clock, demo.ListFolder, output, cancellationToken);
            }
        }

        var accounts = await new DemoAccounts(database, clock).EnsureAsync(cancellationToken);
        if (accounts.Count > 0)
        {
            output.WriteLine("Tài khoản mẫu (tên đăng nhập / mật khẩu / vai trò / phạm vi):");
            foreach (var a in accounts)
                output.WriteLine($"  {a.UserName,-9} {a.Password,-15} {RolePermissions.Vietnamese(a.Role)} — {a.Scope}");
            output.WriteLine("Mở http://localhost:5000 (hoặc địa chỉ --urls) và đăng nhập bằng một tài khoản trên.");
        }
    }

    /// <summary>The labour office's social-protection list, imported and matched, so the worklist and dashboard have something to show.</summary>
    private static async Task LoadDemoListAsync(App.Storage.Database database, TimeProvider clock, string folder, TextWriter output, CancellationToken cancellationToken)
    {
        var file = Path.Combine(folder, "lists", "social_protection.csv");
        await using (var db = database.CreateContext())
            if (!File.Exists(file) || await db.Lists.AnyAsync(cancellationToken)) return;
        var imported = await new ImportList(database, clock).ExecuteAsync(file, "social_protection", BuiltInCatalogue.DistrictCode, CatalogVersion.ThreeTier.Id,
            "Danh sách đối tượng bảo trợ xã hội (mẫu)", null, "laodong", cancellationToken);
        if (imported is not ImportListResult.Completed c) return;
        var matched = await new MatchList(database, clock).ExecuteAsync(c.ListId, "congan", new RegisterMatchSettings(), cancellationToken);
        if (matched is MatchListResult.Completed m)
            output.WriteLine($"Danh sách mẫu: {m.Rows.ToString("N0", Ui.Vietnamese)} dòng, {m.Matched.ToString("N0", Ui.Vietnamese)} khớp, {m.Review.ToString("N0", Ui.Vietnamese)} cần xem xét, {m.Unmatched.ToString("N0", Ui.Vietnamese)} không khớp.");
    }
}
