namespace SachSong.Reports.OpenXml.Tests;

public sealed class XlsxWriterTests
{
    private static readonly WorkbookStamp Stamp = new("Cán bộ xã Bình Long", new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc), "Tổng hợp");

    [Fact]
    public void Write_Tables_GivesOneSheetPerTableWithTypedCells()
    {
        var output = new MemoryStream();

        XlsxWriter.Write(output,
        [
            new SheetTable("Tổng hợp", ["Xã", "Số dòng", "Tỉ lệ", "Ngày"], [["Xã Bình Long", 1234, 91.14m, new DateOnly(2024, 12, 31)]]),
            new SheetTable("Tổng hợp", ["A"], []),
        ], Stamp);

        var book = Workbooks.Read(output.ToArray());
        Assert.Equal(["Tổng hợp", "Tổng hợp (2)"], book.Keys);
        Assert.Equal(("Xã Bình Long", "1234", "91.14", "45657"), (book["Tổng hợp"]["A2"], book["Tổng hợp"]["B2"], book["Tổng hợp"]["C2"], book["Tổng hợp"]["D2"]));
    }

    [Fact]
    public void Write_StampsAuthorAndTime()
    {
        var output = new MemoryStream();

        XlsxWriter.Write(output, [new SheetTable("S", ["A"], [])], Stamp);

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), false);
        Assert.Equal(("Cán bộ xã Bình Long", Stamp.CreatedUtc), (document.PackageProperties.Creator, document.PackageProperties.Created!.Value.ToUniversalTime()));
    }

    [Fact]
    public void Annotate_UserWorkbook_AddsColumnsAfterTheLastUsedOneAndKeepsEverythingElse()
    {
        var original = new MemoryStream();
        XlsxWriter.Write(original,
        [
            new SheetTable("Bình Long", ["DANH SÁCH ĐỐI TƯỢNG", null!, null!], [["STT", "Họ và tên", "Ngày sinh"], ["1", "Nguyễn Văn Hùng", "05/03/1950"], ["2", "Trần Thị Lan", "1948"]]),
            new SheetTable("Khác", ["x"], []),
        ], Stamp);
        original.Position = 0;
        var output = new MemoryStream();

        AnnotatedWorkbook.Write(original, output,
            [new SheetAnnotation("Bình Long", 2, ["Kết quả", "Lý do"])],
            [new RowAnnotation("Bình Long", 3, ["Trùng khớp", ""]), new RowAnnotation("Bình Long", 4, ["Chưa trùng khớp", "Sai ngày sinh"])],
            [new SheetTable("Tổng hợp theo xã", ["Xã", "Số dòng"], [["Xã Bình Long", 2]])],
            Stamp);

        var book = Workbooks.Read(output.ToArray());
        var sheet = book["Bình Long"];
        Assert.Equal(["Bình Long", "Khác", "Tổng hợp theo xã"], book.Keys);
        Assert.Equal(("Kết quả", "Lý do", "Trùng khớp", "Sai ngày sinh"), (sheet["D2"], sheet["E2"], sheet["D3"], sheet["E4"]));
        Assert.Equal(("DANH SÁCH ĐỐI TƯỢNG", "Nguyễn Văn Hùng"), (sheet["A1"], sheet["B3"]));
    }
}
