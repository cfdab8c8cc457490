using SachSong.Core.Units;

namespace SachSong.App.Units;

/// <summary>A stored catalogue version.</summary>
public sealed class CatalogVersionRow
{
    private CatalogVersionRow() { }

    public CatalogVersionRow(CatalogVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        Id = version.Id;
        Name = version.Name;
        ValidFrom = version.ValidFrom;
        ValidTo = version.ValidTo;
    }

    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    public CatalogVersion ToVersion() => new(Id, Name, ValidFrom, ValidTo);
}
