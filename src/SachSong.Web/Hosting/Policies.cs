using SachSong.Core.Access;

namespace SachSong.Web.Hosting;

/// <summary>One authorization policy per <see cref="Permission"/>, checked against the request's current <see cref="CurrentActor"/>.</summary>
public static class Policies
{
    public static string For(Permission permission) => "permission:" + permission;

    public const string ViewRegister = "permission:ViewRegister";
    public const string ViewLists = "permission:ViewLists";
    public const string ImportLists = "permission:ImportLists";
    public const string MatchLists = "permission:MatchLists";
    public const string CorrectRows = "permission:CorrectRows";
    public const string EnterFigures = "permission:EnterFigures";
    public const string ViewReports = "permission:ViewReports";
    public const string ManageIndicators = "permission:ManageIndicators";
    public const string ManageUsers = "permission:ManageUsers";
    public const string ViewAudit = "permission:ViewAudit";
}
