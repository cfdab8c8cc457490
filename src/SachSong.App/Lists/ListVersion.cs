namespace SachSong.App.Lists;

/// <summary>One imported file of a list, kept whole so the results can be written back into the user's own workbook.</summary>
public sealed class ListVersion
{
    private ListVersion() { }

    public ListVersion(long listId, int number, string fileName, byte[] content, string templateSignature, string mappingJson,
        int rows, int rejected, string importedBy, DateTime importedAt)
    {
        ListId = listId;
        Number = number;
        FileName = fileName;
        Content = content;
        TemplateSignature = templateSignature;
        MappingJson = mappingJson;
        RowCount = rows;
        RejectedCount = rejected;
        ImportedBy = importedBy;
        ImportedAt = importedAt;
    }

    public long Id { get; private set; }
    public long ListId { get; private set; }
    public int Number { get; private set; }
    public string FileName { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public string TemplateSignature { get; private set; } = "";
    /// <summary>The column mapping used, as JSON, per sheet.</summary>
    public string MappingJson { get; private set; } = "";
    public int RowCount { get; private set; }
    public int RejectedCount { get; private set; }
    public string ImportedBy { get; private set; } = "";
    public DateTime ImportedAt { get; private set; }
}
