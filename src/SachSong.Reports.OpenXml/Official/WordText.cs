using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SachSong.Reports.OpenXml.Official;

/// <summary>Paragraph and run building for the letter: sizes in points, spacing and indents in twentieths of a point.</summary>
internal static class WordText
{
    public const string FontName = "Times New Roman";

    /// <summary>Body text size (Decree 30/2020 allows 13 to 14).</summary>
    public const double BodySize = 14;

    /// <summary>The first-line indent of a body paragraph: 1.27 cm.</summary>
    public const int FirstLineIndent = 720;

    /// <summary>The space after each body paragraph: 6 pt.</summary>
    public const int ParagraphSpacing = 120;

    /// <summary>A run; a line feed in <paramref name="text"/> becomes a line break.</summary>
    public static Run Run(string text, double size, bool bold = false, bool italic = false, bool underline = false)
    {
        var properties = new RunProperties();
        if (bold) properties.Bold = new Bold();
        if (italic) properties.Italic = new Italic();
        if (underline) properties.Underline = new Underline { Val = UnderlineValues.Single };
        properties.FontSize = new FontSize { Val = HalfPoints(size) };
        properties.FontSizeComplexScript = new FontSizeComplexScript { Val = HalfPoints(size) };
        var run = new Run(properties);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>A paragraph of one run.</summary>
    public static Paragraph Line(string text, double size, JustificationValues justification, bool bold = false, bool italic = false,
        bool underline = false, int before = 0, int after = 0) =>
        Paragraph(justification, before, after, Run(text, size, bold, italic, underline));

    public static Paragraph Paragraph(JustificationValues justification, int before, int after, params OpenXmlElement[] content)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = Text(before), After = Text(after), Line = "240", LineRule = LineSpacingRuleValues.Auto },
            Justification = new Justification { Val = justification },
        };
        return new Paragraph(content.Prepend(properties));
    }

    /// <summary>A justified body paragraph: first line indented 1.27 cm, 6 pt after, lines 1.15 apart.</summary>
    public static Paragraph Body(string text, bool bold = false, bool keepNext = false)
    {
        var properties = new ParagraphProperties
        {
            KeepNext = keepNext ? new KeepNext() : null,
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = Text(ParagraphSpacing), Line = "276", LineRule = LineSpacingRuleValues.Auto },
            Indentation = new Indentation { FirstLine = Text(FirstLineIndent) },
            Justification = new Justification { Val = JustificationValues.Both },
        };
        return new Paragraph(properties, Run(text, BodySize, bold));
    }

    /// <summary>An empty paragraph a few points high, to hold a section break or separate two tables.</summary>
    public static Paragraph Spacer(int heightInPoints = 2)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = Text(heightInPoints * 20), LineRule = LineSpacingRuleValues.Exact },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = HalfPoints(heightInPoints) }),
        };
        return new Paragraph(properties);
    }

    /// <summary>
    /// A solid line <paramref name="length"/> long, centred in <paramref name="width"/>: an empty paragraph with a top border,
    /// its sides indented so the border is only as long as asked.
    /// </summary>
    public static Paragraph CentredRule(int width, int length)
    {
        var indent = Math.Max(0, (width - length) / 2);
        var properties = new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "auto" }),
            // The space before keeps the line clear of the marks under the letters above (dấu nặng).
            SpacingBetweenLines = new SpacingBetweenLines { Before = "80", After = "0", Line = "40", LineRule = LineSpacingRuleValues.Exact },
            Indentation = new Indentation { Left = Text(indent), Right = Text(indent) },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "4" }),
        };
        return new Paragraph(properties);
    }

    /// <summary>Roughly how wide <paramref name="text"/> prints in Times New Roman, in twentieths of a point (the longest line when it has several).</summary>
    public static int EstimateWidth(string text, double size, bool bold)
    {
        var widest = text.Split('\n').Max(line => line.Sum(c => c switch
        {
            ' ' => 0.25,
            _ when char.IsDigit(c) => 0.5,
            _ when char.IsUpper(c) => 0.70,
            _ => 0.46,
        }));
        return (int)Math.Round(widest * size * 20 * (bold ? 1.05 : 1.0));
    }

    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
