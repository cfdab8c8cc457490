using System.Globalization;
using SachSong.Core.Indicators;
using SachSong.Core.Reports;
using SachSong.Core.Units;

namespace SachSong.App.Indicators;

/// <summary>
/// Turns a ranking report into the tables and the letter officials send: "đã hoàn thành" then "chưa hoàn thành" (or the
/// highest N and lowest N), each with the seed letter's columns, and a Decree 30 letter around them.
/// </summary>
public static class IndicatorDocuments
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The report's tables: completed and not completed units, or with <paramref name="top"/> the highest and lowest N.</summary>
    public static IReadOnlyList<ReportTable> Tables(RankingReport report, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var name = Names(report);
        if (top is { } n)
            return
            [
                Table(report, $"Các đơn vị có tỉ lệ cao - {name}", report.Highest(n), "Tỉ lệ cao", total: false),
                Table(report, $"Các đơn vị có tỉ lệ thấp - {name}", report.Lowest(n), "Tỉ lệ thấp", total: false),
            ];
        return
        [
            Table(report, $"Các đơn vị đã hoàn thành chỉ tiêu - {name}", report.Completed, "Đã hoàn thành", total: false),
            Table(report, $"Các đơn vị chưa hoàn thành chỉ tiêu - {name}", report.NotCompleted, "Chưa hoàn thành", total: false),
            Table(report, $"Toàn bộ đơn vị - {name}", report.Rows, "Tổng hợp", total: true),
        ];
    }

    /// <summary>What the letter says besides the tables.</summary>
    public sealed record LetterOptions
    {
        public string? ParentAgency { get; init; }
        public string IssuingBody { get; init; } = "TỔ CÔNG TÁC ĐỀ ÁN 06";
        public string Symbol { get; init; } = "TCTĐA06";
        public int? Number { get; init; }
        public required string Place { get; init; }
        public DateOnly? Date { get; init; }
        /// <summary>The year an undated letter prints ("ngày … tháng … năm 2025"): the year it is issued. Default: the year the period ends.</summary>
        public int? Year { get; init; }
        public string? Subject { get; init; }
        public IReadOnlyList<string> Recipients { get; init; } = ["Tổ Công tác Đề án 06 các xã, thị trấn"];
        public IReadOnlyList<string> SignatureLines { get; init; } = ["TỔ TRƯỞNG"];
        public string SignerName { get; init; } = "";
        public IReadOnlyList<string> CopiesTo { get; init; } = ["Như trên"];
    }

    /// <summary>The official letter: one section per report with its two tables, then what units must do.</summary>
    public static OfficialLetter Letter(IReadOnlyList<RankingReport> reports, LetterOptions options, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(options);
        var body = new List<LetterBlock>();
        var first = reports[0];
        body.Add(new LetterBlock.Paragraph(
            $"Tổ Công tác Đề án 06 thông báo kết quả thực hiện các chỉ tiêu Đề án 06 kỳ {InSentence(first.Period)} của các đơn vị " +
            $"thuộc {InSentence(first.Parent)}, tính từ số liệu đến ngày {(options.Date ?? first.Period.End).ToString("dd/MM/yyyy", Vi)}, như sau:"));
        body.Add(new LetterBlock.Heading("I. Kết quả thực hiện các chỉ tiêu"));
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var section = (i + 1).ToString(Vi);
            body.Add(new LetterBlock.Heading($"{section}. {Names(report)} ({Targets(report)})"));
            var tables = Tables(report, top);
            var headings = top is null
                ? new[] { "Các đơn vị đã hoàn thành chỉ tiêu", "Các đơn vị chưa hoàn thành chỉ tiêu" }
                : ["Các đơn vị có tỉ lệ cao", "Các đơn vị có tỉ lệ thấp"];
            for (var t = 0; t < 2; t++)
            {
                body.Add(new LetterBlock.Heading($"{section}.{t + 1}. {headings[t]}"));
                if (tables[t].Rows.Count == 0) body.Add(new LetterBlock.Paragraph("Không có đơn vị nào."));
                else body.Add(new LetterBlock.Table(tables[t], Landscape: tables[t].Columns.Count > 7));
            }
            body.Add(new LetterBlock.Paragraph(
                $"Toàn {InSentence(report.Parent)}: {string.Join("; ", report.Total.Results.Select(r => $"{r.Indicator.Name.Vietnamese} đạt {r.Format(Vi)}"))}."));
        }
        body.Add(new LetterBlock.Heading("II. Tổ chức thực hiện"));
        body.Add(new LetterBlock.Paragraph(
            "Tổ Công tác Đề án 06 các đơn vị chưa hoàn thành chỉ tiêu khẩn trương rà soát, làm sạch dữ liệu, có giải pháp cụ thể để hoàn thành " +
            "chỉ tiêu đúng thời hạn; báo cáo kết quả về Tổ Công tác Đề án 06 trước hạn./."));
        return new OfficialLetter
        {
            ParentAgency = options.ParentAgency,
            IssuingBody = options.IssuingBody,
            Number = new LetterNumber(options.Number, options.Symbol),
            Date = options.Date is { } d ? LetterDate.On(options.Place, d) : LetterDate.Undated(options.Place, options.Year ?? first.Period.End.Year),
            Subject = options.Subject ?? $"kết quả thực hiện chỉ tiêu Đề án 06 kỳ {InSentence(first.Period)}",
            Recipients = options.Recipients,
            Body = body,
            Signature = new Signature(options.SignatureLines, options.SignerName),
            CopiesTo = options.CopiesTo,
        };
    }

    /// <summary>"năm 2024", "quý IV/2024": the caption inside a sentence.</summary>
    private static string InSentence(Period period)
    {
        var caption = period.Caption.Vietnamese;
        return caption.Length == 0 ? caption : char.ToLower(caption[0], Vi) + caption[1..];
    }

    /// <summary>
    /// A unit inside a sentence: "huyện Bình Sơn", "thị trấn Châu Ổ". Decree 30 (Appendix II) capitalises only the proper
    /// name of an administrative unit, not the common noun of its type.
    /// </summary>
    private static string InSentence(ReportUnit unit) =>
        UnitTypes.TypeOf(unit.Name) is null ? unit.Name : char.ToLower(unit.Name[0], Vi) + unit.Name[1..];

    private static string Names(RankingReport report) => string.Join("; ", report.Indicators.Select(i => i.Name.Vietnamese));

    private static string Targets(RankingReport report) => string.Join("; ", report.Total.Results.Select(r =>
        r.Target is { } t
            ? $"chỉ tiêu {t.Percent.ToString("0.##", Vi)}%{(t.Deadline is { } d ? $", hoàn thành trước ngày {d.ToString("dd/MM/yyyy", Vi)}" : "")}"
            : "không có chỉ tiêu"));

    private static ReportTable Table(RankingReport report, string title, IReadOnlyList<RankingRow> rows, string sheet, bool total)
    {
        var groups = new List<ReportColumnGroup> { ReportColumn.Text("Đơn vị") };
        var columns = report.Columns;
        for (var i = 0; i < columns.Count;)
        {
            var group = columns[i].Group;
            var j = i;
            var members = new List<ReportColumn>();
            while (j < columns.Count && Equals(columns[j].Group, group) && (group is not null || j == i))
            {
                members.Add(Column(columns[j]));
                j++;
            }
            groups.Add(group is null ? members[0] : ReportColumnGroup.Spanning(group.Value.Vietnamese, members));
            i = j;
        }
        ReportRow Row(RankingRow row) => new([row.Unit.Name, .. columns.Select(c => Cell(row.Cell(c)))]);
        var tableRows = rows.Select(Row).ToList();
        var totalRow = total ? new ReportRow([$"Tổng cộng ({InSentence(report.Parent)})", .. columns.Select(c => Cell(report.Total.Cell(c)))]) : null;
        return new ReportTable(title, groups, tableRows, totalRow, sheetName: sheet);
    }

    private static ReportColumn Column(RankingColumn column) => column.Kind switch
    {
        RankingColumnKind.Rate or RankingColumnKind.PartRate => ReportColumn.Percentage(column.Header.Vietnamese, column.Decimals),
        _ => ReportColumn.WholeNumber(column.Header.Vietnamese),
    };

    private static ReportCell Cell(RankingCell cell) => cell.Kind switch
    {
        RankingColumnKind.Rate or RankingColumnKind.PartRate => new ReportCell.Percentage(cell.Percent / 100m),
        _ => cell.Count is { } n ? new ReportCell.WholeNumber(n) : new ReportCell.MissingNumber(),
    };
}
