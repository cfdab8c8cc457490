using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using SachSong.Core.Reports;
using SachSong.Reports.OpenXml.Official;

namespace SachSong.Reports.OpenXml.Tests;

public sealed class ReportWorkbookTests
{
    private static readonly WorkbookStamp Stamp = new("Tổ Công tác Đề án 06 huyện Bình Sơn", new DateTime(2024, 12, 5, 1, 30, 0, DateTimeKind.Utc));

    [Fact]
    public void Write_Tables_GivesOneSheetPerTableNamedAfterItsSheetNameOrShortenedTitle()
    {
        var bytes = Write(SampleReports.NonCashPayments(), SampleReports.ChildIdCards(), SampleReports.ChildIdCards());

        Assert.Equal(["Chi trả không tiền mặt", "Cấp Căn cước cho công dân dưới", "Cấp Căn cước cho công dân d (2)"], Workbooks.Read(bytes).Keys);
    }

    [Fact]
    public void Write_GroupedTable_MergesTitleGroupHeadersAndSingleColumnsDownBothHeaderRows()
    {
        var bytes = Write(SampleReports.NonCashPayments());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var merges = Sheet(document, 0).Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!);
        Assert.Equal(["A1:I1", "A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:I3"], merges.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Write_GroupedTable_PutsTitleHeadersNumberedRowsAndTotalInPlace()
    {
        var bytes = Write(SampleReports.NonCashPayments());

        var sheet = Workbooks.Read(bytes)["Chi trả không tiền mặt"];
        Assert.Equal(SampleReports.NonCashPayments().Title, sheet["A1"]);
        Assert.Equal(("TT", "Đơn vị", SampleReports.BtxhGroup, "Đối tượng Người có công", "Tổng tỉ lệ chi trả qua tài khoản"),
            (sheet["A2"], sheet["B2"], sheet["C2"], sheet["F2"], sheet["I2"]));
        Assert.Equal(("Số liệu", "Chi trả tài khoản", "Đạt tỉ lệ"), (sheet["C3"], sheet["D3"], sheet["E3"]));
        Assert.Equal(("1", "Xã Bình Long", "700", "638", "0.9114"), (sheet["A4"], sheet["B4"], sheet["C4"], sheet["D4"], sheet["E4"]));
        Assert.Equal(("2", "Thị trấn Châu Ổ", "—", "0.25"), (sheet["A5"], sheet["B5"], sheet["E5"], sheet["H5"]));
        Assert.Equal(("", "Tổng cộng", "0.866"), (sheet["A6"], sheet["B6"], sheet["I6"]));
    }

    [Fact]
    public void Write_NumbersAndRates_AreNumberCellsWithThousandsAndPercentageFormats()
    {
        var bytes = Write(SampleReports.NonCashPayments(), SampleReports.ChildIdCards());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal(("#,##0", "0.00%", "0.00%"), (FormatOf(document, 0, "C4"), FormatOf(document, 0, "E4"), FormatOf(document, 0, "I6")));
        Assert.Equal(("#,##0", "0.0%"), (FormatOf(document, 1, "C3"), FormatOf(document, 1, "F3")));
        Assert.Equal(CellValues.Number, CellAt(document, 0, "C4").DataType!.Value);
        Assert.Equal(CellValues.InlineString, CellAt(document, 0, "E5").DataType?.Value);
    }

    [Fact]
    public void Write_Headers_AreBoldBorderedAndWrapped_InTimesNewRoman()
    {
        var bytes = Write(SampleReports.NonCashPayments());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var header = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)CellAt(document, 0, "C2").StyleIndex!.Value);
        var font = stylesheet.Fonts!.Elements<Font>().ElementAt((int)header.FontId!.Value);
        var border = stylesheet.Borders!.Elements<Border>().ElementAt((int)header.BorderId!.Value);
        Assert.Equal((true, true, BorderStyleValues.Thin), (font.Bold is not null, header.Alignment!.WrapText!.Value, border.LeftBorder!.Style!.Value));
        Assert.All(stylesheet.Fonts.Elements<Font>(), f => Assert.Equal("Times New Roman", f.FontName!.Val!.Value));
    }

    [Fact]
    public void Write_GroupedTable_FreezesTitleHeaderRowsAndTheUnitColumn()
    {
        var bytes = Write(SampleReports.NonCashPayments());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var pane = Sheet(document, 0).Worksheet.Descendants<Pane>().Single();
        Assert.Equal((3.0, 2.0, "C4", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.HorizontalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
    }

    [Fact]
    public void Write_SingleHeaderRowTable_FreezesTwoRowsAndStartsDataOnRowThree()
    {
        var bytes = Write(SampleReports.ChildIdCards());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var pane = Sheet(document, 0).Worksheet.Descendants<Pane>().Single();
        var sheet = Workbooks.Read(bytes).Values.Single();
        Assert.Equal((2.0, "C3"), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
        Assert.Equal(("TT", "Xã Bình Đông", "0.819"), (sheet["A2"], sheet["B3"], sheet["F3"]));
    }

    [Fact]
    public void Write_Columns_GetWidthsThatFitTheirContent()
    {
        var bytes = Write(SampleReports.NonCashPayments());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var widths = Sheet(document, 0).Worksheet.Descendants<Column>().ToDictionary(c => c.Min!.Value, c => c.Width!.Value);
        Assert.True(widths[1] < widths[2], "TT is narrower than the unit name");
        Assert.All(widths.Values, w => Assert.InRange(w, 4, 45));
    }

    [Fact]
    public void Write_StampsAuthorTimeAndTitle()
    {
        var bytes = Write(SampleReports.ChildIdCards());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal((Stamp.Author, Stamp.CreatedUtc, "Cấp Căn cước cho công dân dưới 6 tuổi"),
            (document.PackageProperties.Creator, document.PackageProperties.Created!.Value.ToUniversalTime(), document.PackageProperties.Title));
    }

    [Fact]
    public void Write_Workbook_IsValidAgainstTheOpenXmlSchema()
    {
        var bytes = Write(SampleReports.NonCashPayments(), SampleReports.ChildIdCards());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => e.Path?.XPath + ": " + e.Description));
    }

    [Fact]
    public void Write_NoTable_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReportWorkbook.Write(new MemoryStream(), [], Stamp));
    }

    private static byte[] Write(params ReportTable[] tables)
    {
        var output = new MemoryStream();
        ReportWorkbook.Write(output, tables, Stamp);
        return output.ToArray();
    }

    private static WorksheetPart Sheet(SpreadsheetDocument document, int index)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(index);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
    }

    private static Cell CellAt(SpreadsheetDocument document, int sheet, string reference) =>
        Sheet(document, sheet).Worksheet.Descendants<Cell>().Single(c => c.CellReference?.Value == reference);

    private static string FormatOf(SpreadsheetDocument document, int sheet, string reference)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)CellAt(document, sheet, reference).StyleIndex!.Value);
        return stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value!;
    }
}
