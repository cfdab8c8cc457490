using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;

namespace SachSong.App.Access;

/// <summary>Issues, checks and revokes API keys. A key is <c>ss_</c> + 40 random characters; only its SHA-256 is stored.</summary>
public sealed class ApiKeys(Database database, TimeProvider clock)
{
    /// <summary>A new key for the account <paramref name="userId"/>; the returned secret is shown once and never stored.</summary>
    public async Task<(ApiKeyRecord Key, string Secret)?> IssueAsync(long userId, string name, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || string.IsNullOrWhiteSpace(name)) return null;
        var secret = "ss_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
        var now = clock.GetUtcNow().UtcDateTime;
        var key = new ApiKeyRecord(user.Id, name, secret[..10], Hash(secret), (db.Actor ?? Actor.System).UserName, now);
        db.ApiKeys.Add(key);
        db.Audit(AuditActions.ApiKey, $"user:{user.UserName}", $"cấp khóa API \"{key.Name}\" ({key.Prefix}…)", now);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.ApiKeys.AsNoTracking().Include(k => k.User).OrderBy(k => k.Id).ToListAsync(cancellationToken);
    }

    public async Task<bool> RevokeAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var key = await db.ApiKeys.Include(k => k.User).FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        key.Revoke(now);
        db.Audit(AuditActions.ApiKey, $"user:{key.User!.UserName}", $"thu hồi khóa API \"{key.Name}\" ({key.Prefix}…)", now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The account name a valid, unrevoked key acts as, and the key's name; null for any other key.</summary>
    public async Task<(string UserName, string KeyName)?> VerifyAsync(string? secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith("ss_", StringComparison.Ordinal) || secret.Length > 100) return null;
        var hash = Hash(secret);
        await using var db = database.CreateContext();
        var key = await db.ApiKeys.Include(k => k.User).FirstOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        if (key is null || key.RevokedAt is not null || key.User is null || key.User.IsDisabled) return null;
        // "Last used" to the minute is enough, and spares a busy client a database write per call.
        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is not { } last || now - last > TimeSpan.FromMinutes(1))
        {
            key.Used(now);
            await db.SaveChangesAsync(cancellationToken);
        }
        return (key.User.UserName, key.Name);
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
