namespace SachSong.App.Access;

/// <summary>One administrative unit a user works in; the user sees that unit and everything below it.</summary>
public sealed class UserScopeRow
{
    private UserScopeRow() { }

    public UserScopeRow(string catalogVersion, string unitCode)
    {
        CatalogVersion = catalogVersion;
        UnitCode = unitCode;
    }

    public long Id { get; private set; }
    public long UserId { get; private set; }
    public string CatalogVersion { get; private set; } = "";
    public string UnitCode { get; private set; } = "";
}
