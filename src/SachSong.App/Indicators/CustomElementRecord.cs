using SachSong.Core.Indicators;

namespace SachSong.App.Indicators;

/// <summary>A data element a user added to the built-in catalogue.</summary>
public sealed class CustomElementRecord
{
    private CustomElementRecord() { }

    public CustomElementRecord(DataElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        Code = element.Code;
        NameVi = element.Name.Vietnamese;
        NameEn = element.Name.English;
        HeaderVi = element.Header.Vietnamese;
        HeaderEn = element.Header.English;
        PartOf = element.PartOf;
    }

    public string Code { get; private set; } = "";
    public string NameVi { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string HeaderVi { get; private set; } = "";
    public string HeaderEn { get; private set; } = "";
    public string? PartOf { get; private set; }

    public DataElement ToElement() => new(Code, new BilingualText(NameVi, NameEn), new BilingualText(HeaderVi, HeaderEn), PartOf);
}
