using System.Text;
using SachSong.Reports.OpenXml.Official;

namespace SachSong.Reports.OpenXml.Tests;

/// <summary>The files open in a real office suite: LibreOffice turns them into PDF pages.</summary>
public sealed class LibreOfficeRenderingTests : IDisposable
{
    private static readonly WorkbookStamp Stamp = new("Tổ Công tác Đề án 06 huyện Bình Sơn", new DateTime(2024, 12, 5, 1, 30, 0, DateTimeKind.Utc));
    private readonly string _directory = Directory.CreateTempSubdirectory("sachsong-pdf-").FullName;

    [Fact]
    public async Task ConvertToPdf_LetterAndWorkbook_GiveAPdfOfAtLeastOnePageEach()
    {
        var soffice = LibreOffice.Find();
        if (soffice is null)
        {
            const string install = "install the Debian packages libreoffice-writer-nogui and libreoffice-calc-nogui";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) Assert.Fail("CI is set but LibreOffice (soffice) is not installed: " + install + ".");
            Assert.Skip("LibreOffice (soffice) is not installed; " + install + " to run this test.");
        }
        var letter = Path.Combine(_directory, "cong-van.docx");
        var workbook = Path.Combine(_directory, "bang-xep-hang.xlsx");
        await using (var file = File.Create(letter)) LetterDocument.Write(file, SampleReports.Letter(landscapeTable: true), Stamp);
        await using (var file = File.Create(workbook)) ReportWorkbook.Write(file, [SampleReports.NonCashPayments(), SampleReports.ChildIdCards()], Stamp);

        var pdfs = await LibreOffice.ConvertToPdfAsync(soffice, [letter, workbook], _directory, TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);

        Assert.All(pdfs, pdf =>
        {
            var bytes = File.ReadAllBytes(pdf);
            Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
            Assert.True(LibreOffice.PageCount(bytes) >= 1, pdf + " has no page");
        });
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; nothing depends on it.
        }
    }
}
