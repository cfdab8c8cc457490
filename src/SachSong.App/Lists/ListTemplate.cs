namespace SachSong.App.Lists;

/// <summary>A column mapping a user confirmed or corrected once for a spreadsheet template (same header layout).</summary>
public sealed class ListTemplate
{
    private ListTemplate() { }

    public ListTemplate(string signature, string mappingJson, string by, DateTime at)
    {
        Signature = signature;
        Update(mappingJson, by, at);
    }

    public string Signature { get; private set; } = "";
    public string MappingJson { get; private set; } = "";
    public string UpdatedBy { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    public void Update(string mappingJson, string by, DateTime at)
    {
        MappingJson = mappingJson;
        UpdatedBy = by;
        UpdatedAt = at;
    }
}
