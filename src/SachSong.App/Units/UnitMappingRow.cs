using SachSong.Core.Units;

namespace SachSong.App.Units;

/// <summary>A stored old→new link between units of two catalogue versions.</summary>
public sealed class UnitMappingRow
{
    private UnitMappingRow() { }

    public UnitMappingRow(UnitMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        OldVersion = mapping.OldVersion;
        OldCode = mapping.OldCode;
        NewVersion = mapping.NewVersion;
        NewCode = mapping.NewCode;
        Kind = mapping.Kind;
    }

    public long Id { get; private set; }
    public string OldVersion { get; private set; } = "";
    public string OldCode { get; private set; } = "";
    public string NewVersion { get; private set; } = "";
    public string NewCode { get; private set; } = "";
    public MergeKind Kind { get; private set; }

    public void SetKind(MergeKind kind) => Kind = kind;

    public UnitMapping ToMapping() => new(OldVersion, OldCode, NewVersion, NewCode, Kind);
}
