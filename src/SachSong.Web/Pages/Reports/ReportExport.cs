using System.Globalization;
using SachSong.App.Access;
using SachSong.App.Indicators;
using SachSong.App.Storage;
using SachSong.Core.Indicators;
using SachSong.Core.Reports;
using SachSong.Core.Units;
using SachSong.Reports.OpenXml;
using SachSong.Reports.OpenXml.Official;

namespace SachSong.Web.Pages.Reports;

/// <summary>
/// A ranking report as a download (.xlsx tables or the Decree 30 letter .docx), carrying who exported it and when (Decree 13/2023):
/// in the document properties, on a visible line (a sheet "Thông tin xuất" / the letter's last paragraph), and in the audit log.
/// </summary>
public static class ReportExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The visible stamp line.</summary>
    public static string StampLine(string user, DateTime utc) =>
        $"Xuất từ SachSong bởi {user} lúc {utc.AddHours(7).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture)} (giờ Việt Nam).";

    public static async Task<(byte[] Content, string FileName, string ContentType)> WriteAsync(Database database, string user, TimeProvider clock,
        RankingReport report, string format, int? top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(report);
        var now = clock.GetUtcNow().UtcDateTime;
        var stamp = new WorkbookStamp(user, now);
        var line = StampLine(user, now);
        using var stream = new MemoryStream();
        var docx = format == "docx";
        if (docx)
        {
            var vi = CultureInfo.GetCultureInfo("vi-VN");
            var letter = IndicatorDocuments.Letter([report], new IndicatorDocuments.LetterOptions
            {
                ParentAgency = $"UBND {report.Parent.Name.ToUpper(vi)}",
                Place = UnitTypes.StripType(report.Parent.Name),
                Year = clock.GetLocalNow().Year,
            }, top);
            letter = letter with { Body = [.. letter.Body, new LetterBlock.Paragraph(line)] };
            LetterDocument.Write(stream, letter, stamp);
        }
        else
        {
            var info = new ReportTable("Thông tin xuất tệp", [ReportColumn.Text("Mục"), ReportColumn.Text("Nội dung")],
            [
                new ReportRow(["Người xuất", user]),
                new ReportRow(["Thời điểm xuất", now.AddHours(7).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture)]),
                new ReportRow(["Ghi chú", line]),
            ], numbered: false, sheetName: "Thông tin xuất");
            ReportWorkbook.Write(stream, [.. IndicatorDocuments.Tables(report, top), info], stamp);
        }
        await using (var db = database.CreateContext())
        {
            db.Audit(AuditActions.Export, $"indicator_report:{report.Parent.Code}:{report.Period}",
                $"{string.Join(",", report.Indicators.Select(i => i.Code))} → {format}", now);
            await db.SaveChangesAsync(cancellationToken);
        }
        var name = $"bao-cao-{report.Parent.Code}-{report.Period}.{(docx ? "docx" : "xlsx")}";
        return (stream.ToArray(), name, docx ? DocxType : XlsxType);
    }
}
