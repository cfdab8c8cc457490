namespace SachSong.App.Access;

/// <summary>The audited actions, as stored in <see cref="AuditEntry.Action"/>.</summary>
public static class AuditActions
{
    public const string View = "view";
    public const string Search = "search";
    public const string Export = "export";
    public const string Correct = "correct";
    public const string Decide = "decide";
    public const string Import = "import";
    public const string Match = "match";
    public const string SignIn = "sign_in";
    public const string SignInFailed = "sign_in_failed";
    public const string SignOut = "sign_out";
    public const string ManageUser = "manage_user";
    public const string ApiKey = "api_key";

    public static IReadOnlyList<string> All { get; } = [View, Search, Export, Correct, Decide, Import, Match, SignIn, SignInFailed, SignOut, ManageUser, ApiKey];

    public static string Vietnamese(string action) => action switch
    {
        View => "Xem",
        Search => "Tìm kiếm",
        Export => "Xuất tệp",
        Correct => "Sửa",
        Decide => "Quyết định đối sánh",
        Import => "Nhập danh sách",
        Match => "Đối sánh",
        SignIn => "Đăng nhập",
        SignInFailed => "Đăng nhập sai",
        SignOut => "Đăng xuất",
        ManageUser => "Quản lý tài khoản",
        ApiKey => "Khóa API",
        _ => action,
    };
}
