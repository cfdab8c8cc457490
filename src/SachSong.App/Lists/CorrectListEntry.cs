using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Linkage;

namespace SachSong.App.Lists;

/// <summary>
/// The commune's cleansing work on one row: correct its values (each changed field recorded with who, when, old and new
/// value; the row is re-matched in the next round), or decide a review row (matched to a register person, or not in the
/// register), recorded the same way.
/// </summary>
public sealed class CorrectListEntry(Database database, TimeProvider clock)
{
    public async Task<CleansingResult> CorrectAsync(long entryId, ListEntryValues values, string user, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        await using var db = database.CreateContext();
        var entry = await db.ListEntries.SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null) return new CleansingResult.EntryNotFound(entryId);
        var now = clock.GetUtcNow().UtcDateTime;
        var before = entry.Values;
        var changes = new (string Field, string? Old, string? New)[]
        {
            ("personal_id", before.PersonalId, values.PersonalId),
            ("full_name", before.FullName, values.FullName),
            ("birth_date", before.BirthDate, values.BirthDate),
            ("sex", before.Sex, values.Sex),
            ("commune_code", before.CommuneCode, values.CommuneCode),
            ("village", before.Village, values.Village),
        }.Where(c => !string.Equals(c.Old ?? "", c.New ?? "", StringComparison.Ordinal)).ToList();
        if (changes.Count == 0) return new CleansingResult.Done(0);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        entry.SetValues(values);
        db.ListCorrections.AddRange(changes.Select(c => new ListCorrection(entry.Id, c.Field, c.Old, c.New, user, now, note)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CleansingResult.Done(changes.Count);
    }

    /// <param name="entryId">A row in review.</param>
    /// <param name="personalId">The register person it is, or null when the person is not in the register.</param>
    /// <param name="user">Who decided.</param>
    /// <param name="note">Why, optionally.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<CleansingResult> DecideAsync(long entryId, string? personalId, string user, string? note, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var entry = await db.ListEntries.SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null) return new CleansingResult.EntryNotFound(entryId);
        if (entry.Status != MatchStatus.Review) return new CleansingResult.Refused("Dòng này không ở trạng thái cần xem xét");
        if (personalId is not null && !await db.Citizens.AnyAsync(c => c.PersonalId == personalId, cancellationToken))
            return new CleansingResult.Refused($"Số định danh {personalId} không có trong sổ dân cư");
        if (personalId is not null && await db.ListEntries.AnyAsync(e => e.ListId == entry.ListId && e.Id != entry.Id
                && e.Status == MatchStatus.Matched && e.MatchedPersonalId == personalId, cancellationToken))
            return new CleansingResult.Refused($"Người có số định danh {personalId} đã khớp với một dòng khác của danh sách");

        var list = await db.Lists.SingleAsync(l => l.Id == entry.ListId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        entry.Decide(personalId, list.Rounds);
        db.ListCorrections.Add(new ListCorrection(entry.Id, "review_decision", null, personalId ?? "", user, clock.GetUtcNow().UtcDateTime, note));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CleansingResult.Done(1);
    }
}
