using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Linkage;

namespace SachSong.App.Lists;

/// <summary>
/// The discrepancy report (chênh lệch số liệu): per commune, the agency's own count of beneficiaries against what the list
/// matched in the register, with the rows that explain the difference (not matched, in review, living elsewhere, deceased,
/// listed twice).
/// </summary>
public sealed class ListDiscrepancy(Database database)
{
    private static readonly MatchReason[] Explaining = [MatchReason.NotInUnit, MatchReason.Deceased, MatchReason.DuplicateInList];

    /// <param name="listId">The list.</param>
    /// <param name="agencyCounts">Commune code → the agency's count; communes missing here show no agency figure.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<IReadOnlyList<DiscrepancyLine>> ExecuteAsync(long listId, IReadOnlyDictionary<string, int> agencyCounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agencyCounts);
        await using var db = database.CreateContext();
        var list = await db.Lists.AsNoTracking().SingleAsync(l => l.Id == listId, cancellationToken);
        var entries = await db.ListEntries.AsNoTracking().Where(e => e.ListId == listId).ToListAsync(cancellationToken);
        var names = await SummarizeList.UnitNamesAsync(db, list.UnitVersion, cancellationToken);
        var communes = entries.Select(e => e.CommuneCode ?? list.UnitCode).Concat(agencyCounts.Keys).Distinct().Order(StringComparer.Ordinal);
        return communes.Select(code =>
        {
            var rows = entries.Where(e => (e.CommuneCode ?? list.UnitCode) == code).ToList();
            var matched = rows.Count(e => e.Status == MatchStatus.Matched);
            int? agency = agencyCounts.TryGetValue(code, out var n) ? n : null;
            var explaining = rows
                .Where(e => e.Status != MatchStatus.Matched || e.ReasonList.Any(Explaining.Contains))
                .OrderBy(e => e.Sheet).ThenBy(e => e.RowNumber)
                .Select(e => new DiscrepancyRow(e.RowKey, e.Sheet, e.RowNumber, e.FullName, e.PersonalId, e.Status ?? MatchStatus.Unmatched, e.ReasonList))
                .ToList();
            return new DiscrepancyLine(code, names.GetValueOrDefault(code) ?? code, agency, rows.Count, matched, agency is null ? null : agency - matched, explaining);
        }).ToList();
    }
}

/// <summary>One commune: the agency's count, the list's rows and matched rows, the difference (agency − matched), and the rows behind it.</summary>
public sealed record DiscrepancyLine(string CommuneCode, string CommuneName, int? AgencyCount, int ListRows, int Matched, int? Difference,
    IReadOnlyList<DiscrepancyRow> Explaining);

/// <summary>A row that explains part of a commune's difference.</summary>
public sealed record DiscrepancyRow(string RowKey, string? Sheet, int RowNumber, string? FullName, string? PersonalId, MatchStatus Status, IReadOnlyList<MatchReason> Reasons);
