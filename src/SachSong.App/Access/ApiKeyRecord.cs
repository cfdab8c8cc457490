namespace SachSong.App.Access;

/// <summary>
/// A key another system (a bank, another department) sends as <c>X-Api-Key</c>; it acts as the account it belongs to, with that
/// account's role and scopes. Only a SHA-256 hash of the secret is stored.
/// </summary>
public sealed class ApiKeyRecord
{
    private ApiKeyRecord() { }

    public ApiKeyRecord(long userId, string name, string prefix, string hash, string createdBy, DateTime createdAt)
    {
        UserId = userId;
        Name = name.Trim();
        Prefix = prefix;
        Hash = hash;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    public long UserId { get; private set; }
    public UserAccount? User { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The key's first characters, shown so people can tell keys apart.</summary>
    public string Prefix { get; private set; } = "";
    public string Hash { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public DateTime? LastUsedAt { get; private set; }

    public void Revoke(DateTime now) => RevokedAt ??= now;

    public void Used(DateTime now) => LastUsedAt = now;
}
