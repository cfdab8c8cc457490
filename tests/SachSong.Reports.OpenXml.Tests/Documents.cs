using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SachSong.Reports.OpenXml.Tests;

/// <summary>Reads a written .docx back.</summary>
internal static class Documents
{
    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    /// <summary>The text of every non-empty paragraph in the body, in document order (table cells included).</summary>
    public static List<string> Paragraphs(WordprocessingDocument document) =>
        [.. document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)];

    /// <summary>The paragraph whose text is <paramref name="text"/>.</summary>
    public static Paragraph Find(WordprocessingDocument document, string text) =>
        document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Single(p => p.InnerText == text);
}
