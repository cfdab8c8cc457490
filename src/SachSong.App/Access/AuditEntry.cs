namespace SachSong.App.Access;

/// <summary>
/// One access to personal data or one security event: who, when, what, from where. Written in the same transaction as the access;
/// <see cref="Storage.AppDbContext"/> refuses to change or delete entries.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTime at, string userName, string role, string action, string subject, string? details, string? remote)
    {
        At = at;
        UserName = Clip(userName, 100);
        Role = Clip(role, 40);
        Action = Clip(action, 40);
        Subject = Clip(subject, 200);
        Details = details is null ? null : Clip(details, 1000);
        Remote = remote is null ? null : Clip(remote, 64);
    }

    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public string UserName { get; private set; } = "";
    public string Role { get; private set; } = "";
    /// <summary>What was done: one of <see cref="AuditActions"/>.</summary>
    public string Action { get; private set; } = "";
    /// <summary>What it was done to, e.g. <c>citizen:012345678901</c> or <c>list:3</c>.</summary>
    public string Subject { get; private set; } = "";
    public string? Details { get; private set; }
    /// <summary>The client's address (IP or API key name).</summary>
    public string? Remote { get; private set; }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];
}
