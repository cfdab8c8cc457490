using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;

namespace SachSong.App.Access;

/// <summary>Reads the audit log, newest first, filtered by user, action, subject and time.</summary>
public sealed class AuditQuery(Database database)
{
    public sealed record Filter(string? UserName = null, string? Action = null, string? Subject = null, DateTime? From = null, DateTime? To = null,
        int Page = 1, int PageSize = 50);

    public async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> ExecuteAsync(Filter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = database.CreateContext();
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            var name = UserAccount.NormalizeUserName(filter.UserName);
            query = query.Where(a => a.UserName == name);
        }
        if (!string.IsNullOrWhiteSpace(filter.Action)) query = query.Where(a => a.Action == filter.Action);
        if (!string.IsNullOrWhiteSpace(filter.Subject)) query = query.Where(a => a.Subject.Contains(filter.Subject.Trim()));
        if (filter.From is { } from) query = query.Where(a => a.At >= from);
        if (filter.To is { } to) query = query.Where(a => a.At < to);
        var total = await query.CountAsync(cancellationToken);
        var size = Math.Clamp(filter.PageSize, 1, 500);
        var entries = await query.OrderByDescending(a => a.Id).Skip((Math.Max(filter.Page, 1) - 1) * size).Take(size).ToListAsync(cancellationToken);
        return (entries, total);
    }
}
