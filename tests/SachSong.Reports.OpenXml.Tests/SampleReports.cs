using SachSong.Core.Reports;

namespace SachSong.Reports.OpenXml.Tests;

/// <summary>Tables and a letter shaped like the Bình Sơn task force's letter on unfinished Project 06 targets (figures made up).</summary>
internal static class SampleReports
{
    public const string BtxhGroup = "Đối tượng Bảo trợ xã hội";

    /// <summary>Non-cash payments: two groups of three columns between "Đơn vị" and a total rate; Châu Ổ has no BTXH beneficiary.</summary>
    public static ReportTable NonCashPayments() => new(
        "Tỉ lệ chi trả không dùng tiền mặt đối với đối tượng hưởng chính sách an sinh xã hội",
        [
            ReportColumn.Text("Đơn vị"),
            ReportColumnGroup.Spanning(BtxhGroup,
                ReportColumn.WholeNumber("Số liệu"), ReportColumn.WholeNumber("Chi trả tài khoản"), ReportColumn.Percentage("Đạt tỉ lệ", 2)),
            ReportColumnGroup.Spanning("Đối tượng Người có công",
                ReportColumn.WholeNumber("Số liệu"), ReportColumn.WholeNumber("Chi trả tài khoản"), ReportColumn.Percentage("Đạt tỉ lệ", 2)),
            ReportColumn.Percentage("Tổng tỉ lệ chi trả qua tài khoản", 2),
        ],
        [
            new ReportRow("Xã Bình Long", 700, 638, ReportCell.Rate(638, 700, 2), 1250, 1100, ReportCell.Rate(1100, 1250, 2), ReportCell.Rate(1738, 1950, 2)),
            new ReportRow("Thị trấn Châu Ổ", 0, 0, ReportCell.Rate(0, 0, 2), 80, 20, ReportCell.Rate(20, 80, 2), ReportCell.Rate(20, 80, 2)),
        ],
        total: new ReportRow("Tổng cộng", 700, 638, ReportCell.Rate(638, 700, 2), 1330, 1120, ReportCell.Rate(1120, 1330, 2), ReportCell.Rate(1758, 2030, 2)),
        sheetName: "Chi trả không tiền mặt");

    /// <summary>Identity cards for children under 6: one header row, a rate with one decimal.</summary>
    public static ReportTable ChildIdCards() => new(
        "Cấp Căn cước cho công dân dưới 6 tuổi",
        [ReportColumn.Text("Đơn vị"), ReportColumn.WholeNumber("Tổng"), ReportColumn.WholeNumber("Đã cấp"), ReportColumn.WholeNumber("Chưa cấp"), ReportColumn.Percentage("Tỉ lệ đã cấp", 1)],
        [
            new ReportRow("Xã Bình Đông", 1834, 1502, 332, ReportCell.Rate(1502, 1834, 1)),
            new ReportRow("Xã Bình Trung", 960, 517, 443, ReportCell.Rate(517, 960, 1)),
        ]);

    public static OfficialLetter Letter(bool landscapeTable = false) => new()
    {
        ParentAgency = "UBND HUYỆN BÌNH SƠN",
        IssuingBody = "TỔ CÔNG TÁC ĐỀ ÁN 06",
        Number = new LetterNumber(null, "TCTĐA06"),
        Date = LetterDate.On("Bình Sơn", new DateOnly(2024, 12, 5)),
        Subject = "chấn chỉnh, khắc phục những tồn tại trong thực hiện chỉ tiêu nhiệm vụ Đề án 06 năm 2024",
        Recipients = ["Phòng Lao động - Thương binh và Xã hội", "Công an huyện", "Tổ Công tác Đề án 06 xã, thị trấn"],
        Body =
        [
            new LetterBlock.Paragraph("Thực hiện Kế hoạch số 28/KH-UBND ngày 07/02/2024 của UBND huyện, Tổ trưởng Tổ Công tác Đề án 06 huyện triển khai nội dung như sau:"),
            new LetterBlock.Heading("I. Đánh giá cụ thể các nhóm nhiệm vụ còn tồn tại"),
            new LetterBlock.Heading("1.1. Tỉ lệ chi trả không dùng tiền mặt"),
            new LetterBlock.Table(NonCashPayments(), Landscape: landscapeTable),
            new LetterBlock.Heading("2.1. Cấp Căn cước cho công dân dưới 6 tuổi"),
            new LetterBlock.Table(ChildIdCards()),
            new LetterBlock.Paragraph("- Các đơn vị chưa hoàn thành chỉ tiêu khẩn trương triển khai thực hiện, hoàn thành trước ngày 15/12/2024./."),
        ],
        Signature = new Signature(["KT. TỔ TRƯỞNG", "TỔ PHÓ"], "Trần Văn Minh"),
        CopiesTo = ["Như trên", "CT, các PCT UBND huyện", "UBND xã, thị trấn"],
        Archive = "VT, CAH",
    };
}
