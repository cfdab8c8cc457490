using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using SachSong.Core.Reports;
using SachSong.Reports.OpenXml.Official;

namespace SachSong.Reports.OpenXml.Tests;

public sealed class LetterDocumentTests
{
    private static readonly WorkbookStamp Stamp = new("Tổ Công tác Đề án 06 huyện Bình Sơn", new DateTime(2024, 12, 5, 1, 30, 0, DateTimeKind.Utc));

    [Fact]
    public void Write_Letter_PrintsItsPartsInDecree30Order()
    {
        var bytes = Write(SampleReports.Letter());

        using var document = Documents.Open(bytes);
        OrderAssert.InOrder(
        [
            "UBND HUYỆN BÌNH SƠN",
            "TỔ CÔNG TÁC ĐỀ ÁN 06",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số:    /TCTĐA06",
            "V/v chấn chỉnh, khắc phục những tồn tại trong thực hiện chỉ tiêu nhiệm vụ Đề án 06 năm 2024",
            "Bình Sơn, ngày 05 tháng 12 năm 2024",
            "Kính gửi:",
            "- Phòng Lao động - Thương binh và Xã hội;",
            "- Công an huyện;",
            "- Tổ Công tác Đề án 06 xã, thị trấn.",
            "I. Đánh giá cụ thể các nhóm nhiệm vụ còn tồn tại",
            "1.1. Tỉ lệ chi trả không dùng tiền mặt",
            "TT", "Đơn vị", SampleReports.BtxhGroup, "Đối tượng Người có công", "Tổng tỉ lệ chi trả qua tài khoản", "Số liệu", "Chi trả tài khoản", "Đạt tỉ lệ",
            "1", "Xã Bình Long", "700", "638", "91,14%", "1.250", "1.100", "88,00%", "89,13%",
            "2", "Thị trấn Châu Ổ", "0", "0", "—", "80", "20", "25,00%", "25,00%",
            "Tổng cộng",
            "2.1. Cấp Căn cước cho công dân dưới 6 tuổi",
            "1", "Xã Bình Đông", "1.834", "1.502", "332", "81,9%",
            "- Các đơn vị chưa hoàn thành chỉ tiêu khẩn trương triển khai thực hiện, hoàn thành trước ngày 15/12/2024./.",
            "Nơi nhận:",
            "- Như trên;",
            "- UBND xã, thị trấn;",
            "- Lưu: VT, CAH.",
            "KT. TỔ TRƯỞNG",
            "TỔ PHÓ",
            "Trần Văn Minh",
        ], Documents.Paragraphs(document));
    }

    [Fact]
    public void Write_Letter_UsesA4WithDecree30MarginsAndTimesNewRoman()
    {
        var bytes = Write(SampleReports.Letter());

        using var document = Documents.Open(bytes);
        var section = document.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        // 20 mm = 1134, 30 mm = 1701, 15 mm = 850 twentieths of a point.
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((1134, 1134, 1701u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        var fonts = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
        Assert.Equal(("Times New Roman", "Times New Roman"), (fonts.Ascii!.Value, fonts.HighAnsi!.Value));
        Assert.Empty(document.MainDocumentPart.Document.Descendants<RunFonts>());
    }

    [Fact]
    public void Write_Header_NationalNameBoldAndMottoUnderlinedAndDateItalic()
    {
        var bytes = Write(SampleReports.Letter());

        using var document = Documents.Open(bytes);
        var national = Documents.Find(document, LetterDocument.NationalName).Descendants<RunProperties>().Single();
        var motto = Documents.Find(document, LetterDocument.Motto).Descendants<RunProperties>().Single();
        var date = Documents.Find(document, "Bình Sơn, ngày 05 tháng 12 năm 2024").Descendants<RunProperties>().Single();
        Assert.Equal((true, "24"), (national.Bold is not null, national.FontSize!.Val!.Value));
        Assert.Equal((true, UnderlineValues.Single, "26"), (motto.Bold is not null, motto.Underline!.Val!.Value, motto.FontSize!.Val!.Value));
        Assert.NotNull(date.Italic);
        var issuingBody = Documents.Find(document, "TỔ CÔNG TÁC ĐỀ ÁN 06");
        Assert.NotNull(issuingBody.Descendants<RunProperties>().Single().Bold);
        // The short line under the issuing body is the next paragraph's top border.
        Assert.NotNull(issuingBody.NextSibling<Paragraph>()!.ParagraphProperties!.ParagraphBorders!.TopBorder);
    }

    [Fact]
    public void Write_BodyParagraphs_AreJustifiedWithFirstLineIndentAndSpacing()
    {
        var bytes = Write(SampleReports.Letter());

        using var document = Documents.Open(bytes);
        var paragraph = Documents.Find(document, "- Các đơn vị chưa hoàn thành chỉ tiêu khẩn trương triển khai thực hiện, hoàn thành trước ngày 15/12/2024./.").ParagraphProperties!;
        var spacing = int.Parse(paragraph.SpacingBetweenLines!.Before!.Value!, System.Globalization.CultureInfo.InvariantCulture)
            + int.Parse(paragraph.SpacingBetweenLines.After!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((JustificationValues.Both, "720"), (paragraph.Justification!.Val!.Value, paragraph.Indentation!.FirstLine!.Value));
        Assert.True(spacing >= 120, "at least 6 pt between paragraphs");
    }

    [Fact]
    public void Write_Table_SpansGroupHeadersAndMergesSingleColumnsDown()
    {
        var bytes = Write(SampleReports.Letter());

        using var document = Documents.Open(bytes);
        var table = document.MainDocumentPart!.Document.Body!.Elements<Table>().First(t => t.InnerText.Contains(SampleReports.BtxhGroup, StringComparison.Ordinal));
        var rows = table.Elements<TableRow>().ToList();
        var group = rows[0].Elements<TableCell>().Single(c => c.InnerText == SampleReports.BtxhGroup);
        var tt = rows[0].Elements<TableCell>().First();
        var ttBelow = rows[1].Elements<TableCell>().First();
        Assert.Equal(3, group.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(("TT", MergedCellValues.Restart), (tt.InnerText, tt.TableCellProperties!.VerticalMerge!.Val!.Value));
        Assert.Equal(("", null), (ttBelow.InnerText, ttBelow.TableCellProperties!.VerticalMerge!.Val?.Value));
        Assert.All(rows.Take(2), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.Equal(9, rows[2].Elements<TableCell>().Count());
    }

    [Fact]
    public void Write_OneRecipient_GoesOnTheKinhGuiLine()
    {
        var letter = SampleReports.Letter() with { Recipients = ["Công an huyện"] };

        using var document = Documents.Open(Write(letter));

        Assert.Contains("Kính gửi: Công an huyện.", Documents.Paragraphs(document));
    }

    [Fact]
    public void Write_LandscapeTable_GetsItsOwnLandscapeSectionWithTheHeadingsBeforeIt()
    {
        var bytes = Write(SampleReports.Letter(landscapeTable: true));

        using var document = Documents.Open(bytes);
        var body = document.MainDocumentPart!.Document.Body!;
        var sections = body.Descendants<SectionProperties>().Select(s => s.GetFirstChild<PageSize>()!.Orient?.Value ?? PageOrientationValues.Portrait).ToList();
        Assert.Equal([PageOrientationValues.Portrait, PageOrientationValues.Landscape, PageOrientationValues.Portrait], sections);
        var firstBreak = body.Descendants<SectionProperties>().First().Ancestors<Paragraph>().Single();
        Assert.Equal("I. Đánh giá cụ thể các nhóm nhiệm vụ còn tồn tại", firstBreak.NextSibling<Paragraph>()!.InnerText);
        Assert.NotNull(body.Descendants<SectionProperties>().First().GetFirstChild<TitlePage>());
    }

    [Fact]
    public void Write_PagesAfterTheFirst_CarryAPageNumberInTheHeader()
    {
        var bytes = Write(SampleReports.Letter());

        using var document = Documents.Open(bytes);
        var header = document.MainDocumentPart!.HeaderParts.Single().Header!;
        var section = document.MainDocumentPart.Document.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(" PAGE ", header.Descendants<SimpleField>().Single().Instruction!.Value);
        Assert.NotNull(section.GetFirstChild<TitlePage>());
    }

    [Fact]
    public void Write_StampsAuthorTimeAndSubjectAsTitle()
    {
        var bytes = Write(SampleReports.Letter());

        using var document = Documents.Open(bytes);
        Assert.Equal((Stamp.Author, Stamp.CreatedUtc, SampleReports.Letter().SubjectLine),
            (document.PackageProperties.Creator, document.PackageProperties.Created!.Value.ToUniversalTime(), document.PackageProperties.Title));
    }

    [Fact]
    public void Write_Letter_IsValidAgainstTheOpenXmlSchema()
    {
        var bytes = Write(SampleReports.Letter(landscapeTable: true));

        using var document = Documents.Open(bytes);
        Assert.Empty(new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => e.Path?.XPath + ": " + e.Description));
    }

    private static byte[] Write(OfficialLetter letter)
    {
        var output = new MemoryStream();
        LetterDocument.Write(output, letter, Stamp);
        return output.ToArray();
    }
}
