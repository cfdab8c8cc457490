using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Files;
using SachSong.App.Storage;
using SachSong.Core.Linkage;
using SachSong.Reports.OpenXml;

namespace SachSong.App.Lists;

/// <summary>
/// The result of matching as the user's own workbook: every sheet of the latest version with five added columns (outcome,
/// reasons in Vietnamese, matched personal ID, the register's name and birth date), and a summary sheet per commune.
/// An .xlsx comes back as itself with the columns added; an .xls or .csv comes back as .xlsx with its cells copied.
/// The file carries who exported it and when, in its document properties and in a line under the summary.
/// The workbook is the unit's whole file, so a scoped actor gets it only when their scope covers the submitting unit: a
/// commune officer of a district list sees their commune's rows on screen, not the other communes' rows in the file.
/// </summary>
public sealed class ExportListWorkbook(Database database, TimeProvider clock)
{
    public static IReadOnlyList<string> AddedHeaders { get; } =
        ["Kết quả đối sánh", "Lý do", "Số định danh trùng khớp", "Họ và tên trong CSDLQG", "Ngày sinh trong CSDLQG"];

    /// <returns>False when the list does not exist (or is out of the actor's scope), or has no version.</returns>
    public async Task<bool> ExecuteAsync(long listId, Stream output, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var db = database.CreateContext();
        var list = await db.Lists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null || list.CurrentVersion == 0) return false;
        if (database.Actor is { } actor && !actor.Scope.Owns(list.UnitVersion, list.UnitCode)) return false;
        var version = await db.ListVersions.AsNoTracking().SingleAsync(v => v.ListId == listId && v.Number == list.CurrentVersion, cancellationToken);
        var entries = await db.ListEntries.AsNoTracking().Where(e => e.ListId == listId && e.VersionId == version.Id).ToListAsync(cancellationToken);
        var matchedIds = entries.Where(e => e.MatchedPersonalId is not null).Select(e => e.MatchedPersonalId!).Distinct().ToList();
        var people = new Dictionary<string, (string Name, string Birth)>(StringComparer.Ordinal);
        foreach (var chunk in matchedIds.Chunk(1000))
            foreach (var c in await db.Citizens.AsNoTracking().Where(c => chunk.Contains(c.PersonalId)).ToListAsync(cancellationToken))
                people[c.PersonalId] = (c.FullName, c.BirthDate.ToString());

        var layout = ListLayout.FromJson(version.MappingJson);
        var annotations = entries.Select(e =>
        {
            var person = e.MatchedPersonalId is null ? default : people.GetValueOrDefault(e.MatchedPersonalId);
            return new RowAnnotation(e.Sheet ?? "", e.RowNumber,
            [
                StatusText(e.Status),
                string.Join("; ", e.ReasonList.Select(MatchReasons.Vietnamese)),
                e.Status == MatchStatus.Matched ? e.MatchedPersonalId : null,
                e.Status == MatchStatus.Matched ? person.Name : null,
                e.Status == MatchStatus.Matched ? person.Birth : null,
            ]);
        }).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var summary = await SummarySheetAsync(listId, user, now, cancellationToken);
        var stamp = new WorkbookStamp(user, now, $"{list.Title} — kết quả đối sánh");

        if (Path.GetExtension(version.FileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            AnnotatedWorkbook.Write(new MemoryStream(version.Content), output,
                layout.Sheets.Select(s => new SheetAnnotation(s.Name ?? "", s.HeaderRow, AddedHeaders)).ToList(), annotations, [summary], stamp);
            return true;
        }

        // .xls and .csv: copy every cell into a new workbook, row numbers kept, and add the columns the same way.
        var temp = Path.Combine(Path.GetTempPath(), "sachsong-" + Guid.NewGuid().ToString("N") + Path.GetExtension(version.FileName));
        try
        {
            await File.WriteAllBytesAsync(temp, version.Content, cancellationToken);
            var bySheet = annotations.ToLookup(a => a.Sheet);
            var tables = new List<SheetTable>();
            foreach (var sheet in TabularFile.ReadRows(temp).GroupBy(r => r.Sheet ?? ""))
            {
                var rows = sheet.ToList();
                var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
                var headerRow = layout.Sheets.FirstOrDefault(s => (s.Name ?? "") == sheet.Key)?.HeaderRow ?? 0;
                var added = bySheet[sheet.Key].ToDictionary(a => a.RowNumber);
                var last = rows.Count == 0 ? 0 : rows.Max(r => r.Number);
                var byNumber = rows.ToDictionary(r => r.Number);
                var table = new List<IReadOnlyList<object?>>();
                for (var n = 1; n <= last; n++)
                {
                    var cells = new object?[width + AddedHeaders.Count];
                    if (byNumber.TryGetValue(n, out var row)) for (var i = 0; i < row.Cells.Count; i++) cells[i] = row.Cells[i];
                    if (n == headerRow) for (var i = 0; i < AddedHeaders.Count; i++) cells[width + i] = AddedHeaders[i];
                    if (added.TryGetValue(n, out var a)) for (var i = 0; i < a.Values.Count; i++) cells[width + i] = a.Values[i];
                    table.Add(cells);
                }
                tables.Add(new SheetTable(sheet.Key.Length == 0 ? Path.GetFileNameWithoutExtension(version.FileName) : sheet.Key, [], table));
            }
            tables.Add(summary);
            XlsxWriter.Write(output, tables, stamp);
            return true;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public static string StatusText(MatchStatus? status) => status switch
    {
        MatchStatus.Matched => "Trùng khớp",
        MatchStatus.Review => "Cần xem xét",
        MatchStatus.Unmatched => "Chưa trùng khớp",
        _ => "Chưa đối sánh",
    };

    /// <summary>The visible line under the summary that says who exported the file and when (Vietnam time, UTC+7).</summary>
    public static string ExportedLine(string user, DateTime utc) =>
        $"Xuất bởi {user} lúc {utc.AddHours(7).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture)} (giờ Việt Nam)";

    private async Task<SheetTable> SummarySheetAsync(long listId, string user, DateTime now, CancellationToken cancellationToken)
    {
        var outcomes = await new SummarizeList(database).ByCommuneAsync(listId, cancellationToken);
        var reasons = Enum.GetValues<MatchReason>();
        var header = new List<string> { "Mã xã", "Xã, phường, thị trấn", "Số dòng", "Trùng khớp", "Cần xem xét", "Chưa trùng khớp", "Tỉ lệ trùng khớp" };
        header.AddRange(reasons.Select(MatchReasons.Vietnamese));
        var rows = outcomes.Select(o => (IReadOnlyList<object?>)new object?[] { o.CommuneCode, o.CommuneName, o.Rows, o.Matched, o.Review, o.Unmatched,
                o.MatchedRate is { } r ? Percent(r) : "—" }
            .Concat(reasons.Select(reason => (object?)o.ByReason.GetValueOrDefault(reason))).ToList()).ToList();
        // Decree 13/2023: an export of personal data says who made it and when, where a reader of the printout sees it.
        rows.Add([]);
        rows.Add([ExportedLine(user, now)]);
        return new SheetTable("Tổng hợp theo xã", header, rows);
    }

    // 91,14% — the Vietnamese way, rounded half up.
    public static string Percent(decimal share) =>
        Math.Round(share * 100, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.GetCultureInfo("vi-VN")) + "%";
}
