using SachSong.Core.Text;
using SachSong.Core.Units;

namespace SachSong.App.Units;

/// <summary>A stored administrative unit; the key is (catalogue version, code).</summary>
public sealed class UnitRow
{
    private UnitRow() { }

    public UnitRow(AdministrativeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Version = unit.Version;
        Code = unit.Code;
        Update(unit);
    }

    public string Version { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string NameKey { get; private set; } = "";
    public string Type { get; private set; } = "";
    public UnitLevel Level { get; private set; }
    public string? ParentCode { get; private set; }

    public void Update(AdministrativeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Name = unit.Name;
        NameKey = VietnameseText.AccentFreeKey(unit.Name);
        Type = unit.Type;
        Level = unit.Level;
        ParentCode = unit.ParentCode;
    }

    public AdministrativeUnit ToUnit() => new(Version, Code, Name, Type, Level, ParentCode);
}
