using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace SachSong.Web.Tests.EndToEnd;

/// <summary>Reports in the browser: the district task force builds the ranked table from the register and downloads it as .xlsx and as the .docx letter.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportFlowTests(BrowserApp app)
{
    [Fact]
    public async Task DistrictTaskForce_BuildsTheRankedReport_AndDownloadsItAsXlsxAndDocx()
    {
        await using var browser = await app.OpenAsync("report");
        await browser.SignInAsync("huyen");
        await browser.GotoAsync("/Reports");

        await browser.Page.CheckAsync("input[name=indicator][value=id_card_rate_under6]");
        await browser.Page.FillAsync("input[name=period]", "2026");
        await browser.Page.CheckAsync("input[name=fromRegister]");
        await browser.Page.ClickAsync("form button.primary");
        await Assertions.Expect(browser.Page.Locator("table.ranking tfoot")).ToContainTextAsync("Huyện Bình Sơn");
        await Assertions.Expect(browser.Page.Locator("table.ranking").First).ToContainTextAsync("%");
        await browser.ScreenshotAsync("table");

        var xlsx = await browser.Page.RunAndWaitForDownloadAsync(() => browser.Page.ClickAsync("a.button[href*='handler=Xlsx']"));
        var docx = await browser.Page.RunAndWaitForDownloadAsync(() => browser.Page.ClickAsync("a.button[href*='handler=Docx']"));
        var xlsxFile = Path.Combine(BrowserApp.ScreenshotFolder, "report-download.xlsx");
        var docxFile = Path.Combine(BrowserApp.ScreenshotFolder, "report-download.docx");
        await xlsx.SaveAsAsync(xlsxFile);
        await docx.SaveAsAsync(docxFile);

        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".docx", docx.SuggestedFilename, StringComparison.Ordinal);
        using (var workbook = SpreadsheetDocument.Open(xlsxFile, false))
        {
            var text = (workbook.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? "")
                + string.Concat(workbook.WorkbookPart.WorksheetParts.Select(w => w.Worksheet.InnerText));
            Assert.Contains("Xã Bình Long", text, StringComparison.Ordinal);
            Assert.Contains("Xuất từ SachSong bởi huyen", text, StringComparison.Ordinal);
        }
        using (var letter = WordprocessingDocument.Open(docxFile, false))
        {
            var text = letter.MainDocumentPart!.Document.InnerText;
            Assert.Contains("Xã Bình Long", text, StringComparison.Ordinal);
            Assert.Equal("huyen", letter.PackageProperties.Creator);
        }
    }
}
