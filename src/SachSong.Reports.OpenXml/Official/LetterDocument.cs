using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SachSong.Core.Reports;

namespace SachSong.Reports.OpenXml.Official;

/// <summary>
/// Writes an <see cref="OfficialLetter"/> to .docx in the Decree 30/2020/NĐ-CP layout: A4 portrait (landscape sections for tables
/// that ask for it), margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman, page numbers centred in the top
/// margin from page 2; the borderless two-column header, "Kính gửi:", the body with its tables, and the signature beside "Nơi nhận:".
/// </summary>
public static class LetterDocument
{
    /// <summary>The national name, box 1.</summary>
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The motto under the national name.</summary>
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    private const double HeaderSize = 13;
    private const double NationalNameSize = 12;
    private const double SubjectSize = 12;
    private const double CopiesTitleSize = 12;
    private const double CopiesSize = 11;

    // The header's left column holds boxes 2, 3 and 5b; the right one boxes 1 and 4, wide enough for the national name on one line.
    private static readonly int HeaderLeftWidth = PageLayout.Twips(65);
    private static readonly int SignatureLeftWidth = PageLayout.Twips(75);

    /// <param name="output">Where the document goes; written and left open.</param>
    /// <param name="letter">The letter.</param>
    /// <param name="stamp">Who made the file and when (take the time from the injected <see cref="TimeProvider"/>); the title defaults to the subject line.</param>
    public static void Write(Stream output, OfficialLetter letter, WorkbookStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(stamp);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
            new DefaultTabStop { Val = WordText.FirstLineIndent },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(WordText.Paragraph(JustificationValues.Center, 0, 0,
            new SimpleField(WordText.Run("2", WordText.BodySize)) { Instruction = " PAGE " }));
        var headerId = main.GetIdOfPart(header);

        var body = new Body();
        body.Append(HeaderTable(letter));
        body.Append(Recipients(letter));
        var landscape = false;
        var first = true;
        var orientations = Orientations(letter.Body);
        for (var i = 0; i < letter.Body.Count; i++)
        {
            if (orientations[i] != landscape)
            {
                body.Append(SectionEnd(Section(landscape, headerId, titlePage: first)));
                first = false;
                landscape = orientations[i];
            }
            body.Append(Block(letter.Body[i], landscape));
        }
        if (landscape)
        {
            body.Append(SectionEnd(Section(landscape, headerId, titlePage: false)));
            landscape = false;
        }
        body.Append(WordText.Spacer(6));
        body.Append(SignatureTable(letter));
        body.Append(Section(landscape, headerId, titlePage: first));
        main.Document = new Document(body);
        main.Document.Save();

        document.PackageProperties.Creator = stamp.Author;
        document.PackageProperties.LastModifiedBy = stamp.Author;
        document.PackageProperties.Created = stamp.CreatedUtc;
        document.PackageProperties.Modified = stamp.CreatedUtc;
        document.PackageProperties.Title = stamp.Title ?? letter.SubjectLine;
    }

    // Whether each block goes on a landscape page: a table that asks for it, and the headings right before it, so that a
    // heading does not stay behind alone at the foot of the portrait page.
    private static bool[] Orientations(IReadOnlyList<LetterBlock> blocks)
    {
        var landscape = new bool[blocks.Count];
        var next = false;
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            next = blocks[i] switch
            {
                LetterBlock.Table table => table.Landscape,
                LetterBlock.Heading => next,
                _ => false,
            };
            landscape[i] = next;
        }
        return landscape;
    }

    private static Table HeaderTable(OfficialLetter letter)
    {
        var rightWidth = PageLayout.TextWidth(landscape: false) - HeaderLeftWidth;
        var agency = new List<Paragraph>();
        if (letter.ParentAgency is { } parent) agency.Add(WordText.Line(parent, HeaderSize, JustificationValues.Center));
        agency.Add(WordText.Line(letter.IssuingBody, HeaderSize, JustificationValues.Center, bold: true));
        // Decree 30/2020: a solid line under the issuing body, a third to a half of the name's length.
        var ruleLength = Math.Max(PageLayout.Twips(12), WordText.EstimateWidth(letter.IssuingBody, HeaderSize, bold: true) * 2 / 5);
        agency.Add(WordText.CentredRule(HeaderLeftWidth - (2 * WordTable.CellMargin), ruleLength));

        var nation = new[]
        {
            WordText.Line(NationalName, NationalNameSize, JustificationValues.Center, bold: true),
            // The run's underline is exactly as long as the motto, which is what the decree asks for.
            WordText.Line(Motto, HeaderSize, JustificationValues.Center, bold: true, underline: true),
        };
        var number = new[]
        {
            WordText.Line(letter.Number.Text, HeaderSize, JustificationValues.Center, before: 120),
            WordText.Line(letter.SubjectLine, SubjectSize, JustificationValues.Center, before: 120),
        };
        var date = WordText.Line(letter.Date.Text, HeaderSize, JustificationValues.Center, italic: true, before: 120);
        return WordTable.Borderless([HeaderLeftWidth, rightWidth],
            new TableRow(WordTable.Cell(HeaderLeftWidth, 1, null, [.. agency]), WordTable.Cell(rightWidth, 1, null, nation)),
            new TableRow(WordTable.Cell(HeaderLeftWidth, 1, null, number), WordTable.Cell(rightWidth, 1, null, date)));
    }

    // One recipient goes on the "Kính gửi:" line; several go one per line under it, each "- …;" and the last "- ….".
    private static IEnumerable<Paragraph> Recipients(OfficialLetter letter)
    {
        const string label = "Kính gửi:";
        var labelIndent = PageLayout.Twips(20);
        if (letter.Recipients.Count == 1) yield return Indented(label + " " + letter.RecipientItems[0], labelIndent, before: 360);
        else
        {
            yield return Indented(label, labelIndent, before: 360);
            var itemIndent = labelIndent + WordText.EstimateWidth(label + " ", WordText.BodySize, bold: false);
            foreach (var item in letter.RecipientItems) yield return Indented(item, itemIndent, before: 0);
        }
        yield return WordText.Spacer(6);
    }

    private static Paragraph Indented(string text, int left, int before) => new(
        new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = WordText.Text(before), After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto },
            Indentation = new Indentation { Left = WordText.Text(left) },
            Justification = new Justification { Val = JustificationValues.Left },
        },
        WordText.Run(text, WordText.BodySize));

    private static IEnumerable<OpenXmlElement> Block(LetterBlock block, bool landscape)
    {
        switch (block)
        {
            case LetterBlock.Heading heading:
                yield return WordText.Body(heading.Text, bold: true, keepNext: true);
                break;
            case LetterBlock.Paragraph paragraph:
                yield return WordText.Body(paragraph.Text);
                break;
            case LetterBlock.Table table:
                if (table.ShowTitle)
                {
                    var title = WordText.Line(table.Content.Title, WordText.BodySize, JustificationValues.Center, bold: true, after: WordText.ParagraphSpacing);
                    title.ParagraphProperties!.KeepNext = new KeepNext();
                    yield return title;
                }
                yield return WordTable.Build(LaidTable.Of(table.Content), PageLayout.TextWidth(landscape));
                // Word needs a paragraph between two tables, and the text after a table wants the same 6 pt as between paragraphs.
                yield return WordText.Spacer(WordText.ParagraphSpacing / 20);
                break;
            default:
                throw new InvalidOperationException("Unknown letter block " + block.GetType().Name + ".");
        }
    }

    private static Table SignatureTable(OfficialLetter letter)
    {
        var rightWidth = PageLayout.TextWidth(landscape: false) - SignatureLeftWidth;
        var copies = new List<Paragraph> { WordText.Line("Nơi nhận:", CopiesTitleSize, JustificationValues.Left, bold: true, italic: true) };
        copies.AddRange(letter.DistributionItems.Select(i => WordText.Line(i, CopiesSize, JustificationValues.Left)));

        var signature = letter.Signature.Authority.Select(a => WordText.Line(a, WordText.BodySize, JustificationValues.Center, bold: true)).ToList();
        // Room for the handwritten or digital signature and the seal between the title and the name.
        signature.AddRange(Enumerable.Range(0, 4).Select(_ => WordText.Line("", WordText.BodySize, JustificationValues.Center)));
        signature.Add(WordText.Line(letter.Signature.SignerName, WordText.BodySize, JustificationValues.Center, bold: true));

        var row = new TableRow(new TableRowProperties(new CantSplit()),
            WordTable.Cell(SignatureLeftWidth, 1, null, [.. copies]),
            WordTable.Cell(rightWidth, 1, null, [.. signature]));
        return WordTable.Borderless([SignatureLeftWidth, rightWidth], row);
    }

    private static Paragraph SectionEnd(SectionProperties section)
    {
        var paragraph = WordText.Spacer();
        paragraph.ParagraphProperties!.SectionProperties = section;
        return paragraph;
    }

    private static SectionProperties Section(bool landscape, string headerId, bool titlePage)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
            new PageSize
            {
                Width = (uint)(landscape ? PageLayout.A4Height : PageLayout.A4Width),
                Height = (uint)(landscape ? PageLayout.A4Width : PageLayout.A4Height),
                Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            },
            new PageMargin
            {
                Top = PageLayout.TopMargin,
                Bottom = PageLayout.BottomMargin,
                Left = (uint)PageLayout.LeftMargin,
                Right = (uint)PageLayout.RightMargin,
                Header = (uint)PageLayout.HeaderDistance,
                Footer = (uint)PageLayout.HeaderDistance,
                Gutter = 0,
            });
        // Decree 30/2020: no page number on the first page.
        if (titlePage) section.Append(new TitlePage());
        return section;
    }

    private static Styles Styles()
    {
        var fonts = new RunFonts { Ascii = WordText.FontName, HighAnsi = WordText.FontName, ComplexScript = WordText.FontName, EastAsia = WordText.FontName };
        var size = WordText.HalfPoints(WordText.BodySize);
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    fonts,
                    new FontSize { Val = size },
                    new FontSizeComplexScript { Val = size },
                    new Languages { Val = "vi-VN", EastAsia = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle(),
                new StyleRunProperties((RunFonts)fonts.CloneNode(true), new FontSize { Val = size }, new FontSizeComplexScript { Val = size }))
            {
                Type = StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            });
    }
}
