namespace SachSong.Core.Reports;

/// <summary>One block of a letter's body, in reading order: a heading, a paragraph or a table.</summary>
public abstract record LetterBlock
{
    private LetterBlock() { }

    /// <summary>A bold heading with its own numbering, as written: "I. Đánh giá …", "1. …", "1.1. …", "(1) …".</summary>
    public sealed record Heading : LetterBlock
    {
        public Heading(string text)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(text);
            Text = text;
        }

        public string Text { get; }
    }

    /// <summary>A justified body paragraph with a first-line indent; a line starting "- " is a list item.</summary>
    public sealed record Paragraph : LetterBlock
    {
        public Paragraph(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            Text = text;
        }

        public string Text { get; }
    }

    /// <summary>A table in the body.</summary>
    /// <param name="Content">The table.</param>
    /// <param name="Landscape">Whether to put the table on landscape pages of its own (for wide tables).</param>
    /// <param name="ShowTitle">Whether to print the table's title above it; off when a heading already says what it shows.</param>
    public sealed record Table(ReportTable Content, bool Landscape = false, bool ShowTitle = false) : LetterBlock
    {
        public ReportTable Content { get; } = Content ?? throw new ArgumentNullException(nameof(Content));
    }
}
