using SachSong.Core.Text;

namespace SachSong.App.Tests.Lists.Reading;

/// <summary>
/// The workbooks the list tests read, as officials make them. All people are synthetic. <see cref="MergedHeader"/> and
/// <see cref="Tcvn3"/> are also committed as .xls fixtures made from these with LibreOffice (see Fixtures/README.md).
/// </summary>
internal static class ListWorkbooks
{
    /// <summary>
    /// Title rows; a two-line header with "Ngày tháng năm sinh" merged over Nam | Nữ and the other headers merged down;
    /// a numbering row; village sub-headings; a subtotal per village and a grand total; a blank row; the signature block.
    /// </summary>
    public static XlsxBook MergedHeader()
    {
        var book = new XlsxBook();
        book.Sheet("Bình Long")
            .Row("UBND XÃ BÌNH LONG").Merge("A1:C1")
            .Row("DANH SÁCH NGƯỜI CAO TUỔI HƯỞNG TRỢ CẤP XÃ HỘI").Merge("A2:G2")
            .Row("(Kèm theo Quyết định số 12/QĐ-UBND ngày 12/3/2025)").Merge("A3:G3")
            .Blank()
            .Row("STT", "Họ và tên", "Ngày tháng năm sinh", null, "Số định danh cá nhân", "Nơi thường trú", "Ghi chú")
            .Row(null, null, "Nam", "Nữ", null, null, null)
            .Merge("A5:A6").Merge("B5:B6").Merge("C5:D5").Merge("E5:E6").Merge("F5:F6").Merge("G5:G6")
            .Row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)")
            .Row("I", "Thôn An Điềm", null, null, null, null, null).Merge("B8:G8")
            .Row(1, "Nguyễn Văn Hùng", new DateOnly(1941, 5, 12), null, "001041000101", "Thôn An Điềm, xã Bình Long", null)
            .Row(2, "Trần Thị Lan", null, "03/1944", "001144000102", "Thôn An Điềm, xã Bình Long", null)
            .Row(3, "Lê Văn Tư", "1938", null, null, "Thôn An Điềm, xã Bình Long", "Chưa có CCCD")
            .Row(null, "Cộng thôn An Điềm", null, null, null, null, "3 người")
            .Row("II", "Thôn Phú Lộc", null, null, null, null, null).Merge("B13:G13")
            .Row(4, "Phạm Thị Mai", null, "20/11/1940", "001140000104", "Thôn Phú Lộc, xã Bình Long", null)
            .Row(5, "Hoàng Văn Nam", "1939", "1939", "001039000105", "Thôn Phú Lộc, xã Bình Long", null)
            .Row(6, null, "1942", null, null, "Thôn Phú Lộc, xã Bình Long", null)
            .Row(null, "Cộng thôn Phú Lộc", null, null, null, null, "3 người")
            .Row(null, "Tổng cộng", null, null, null, null, "6 người")
            .Blank()
            .Row(null, null, null, null, "Bình Long, ngày 12 tháng 3 năm 2025", null, null)
            .Row(null, "Người lập biểu", null, null, "TM. ỦY BAN NHÂN DÂN", null, null)
            .Row(null, "(Ký, ghi rõ họ tên)", null, null, "CHỦ TỊCH", null, null)
            .Row(null, "Đỗ Văn Lập", null, null, "Vũ Thị Duyệt", null, null);
        return book;
    }

    /// <summary>A list typed in the .VnTime font (TCVN3): every text cell, header included, is TCVN3 read as Windows-1252.</summary>
    public static XlsxBook Tcvn3()
    {
        var book = new XlsxBook();
        book.Sheet("DS")
            .Row(T("Danh sách hộ nghèo năm 2025"))
            .Row(T("Xã Tân Phú"))
            .Row(T("STT"), T("Họ và tên"), T("Ngày sinh"), T("Giới tính"), T("Số định danh"), T("Thôn"))
            .Row(1, T("Nguyễn Văn Hùng"), "12/05/1975", T("Nam"), "001075000201", T("Thôn Đồng Tâm"))
            .Row(2, T("Đặng Thị Thuỷ"), "1980", T("Nữ"), "001180000202", T("Thôn Đồng Tâm"))
            .Row(3, T("Lương Văn Sơn"), "02/1969", T("Nam"), null, T("Thôn Hưng Thịnh"))
            .Row(T("Tổng cộng"), null, null, null, null, null);
        return book;
    }

    /// <summary>One sheet per commune with the same template and different titles, a notes sheet without a header, and an empty sheet.</summary>
    public static XlsxBook SeveralSheets()
    {
        var book = new XlsxBook();
        book.Sheet("Xã An Hòa")
            .Row("DANH SÁCH HỘI VIÊN HỘI NÔNG DÂN")
            .Row("Xã An Hòa")
            .Row("TT", "Họ tên", "Năm sinh", "GT", "Số CCCD", "Tổ dân phố")
            .Row(1, "Vũ Văn An", 1970, "Nam", "001070000301", "Tổ 1")
            .Row(2, "Bùi Thị Bình", 1975, "Nữ", "001175000302", "Tổ 2");
        book.Sheet("Xã An Lạc")
            .Row("DANH SÁCH HỘI VIÊN HỘI NÔNG DÂN XÃ AN LẠC")
            .Row("Tháng 3/2025")
            .Blank()
            .Row("TT", "HỌ TÊN", "Năm sinh", "GT", "Số CCCD", "Tổ dân phố")
            .Row(1, "Đinh Văn Cường", 1968, "Nam", "001068000303", "Tổ 5");
        book.Sheet("Ghi chú")
            .Row("Danh sách do hội nông dân các xã lập")
            .Row("Số liệu đến hết tháng 3");
        book.Sheet("Sheet3");
        return book;
    }

    /// <summary>TCVN3 mojibake of <paramref name="text"/>, which must have no toned capital (those are control characters, not allowed in .xlsx).</summary>
    private static string T(string text)
    {
        var legacy = LegacyText.FromUnicode(text, LegacyEncoding.Tcvn3);
        if (legacy.Any(c => c < ' ')) throw new ArgumentException($"'{text}' has a toned capital, which TCVN3 puts at a control position", nameof(text));
        return legacy;
    }
}
