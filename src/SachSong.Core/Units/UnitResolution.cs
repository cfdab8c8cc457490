namespace SachSong.Core.Units;

/// <summary>Result of resolving a unit name or code as a person typed it.</summary>
public abstract record UnitResolution
{
    private UnitResolution() { }

    public sealed record Found(AdministrativeUnit Unit) : UnitResolution;

    public sealed record NotFound(string Input) : UnitResolution
    {
        public override string ToString() => $"Không tìm thấy đơn vị hành chính '{Input}'";
    }

    public sealed record Ambiguous(string Input, IReadOnlyList<AdministrativeUnit> Candidates) : UnitResolution
    {
        public override string ToString() =>
            $"Tên đơn vị '{Input}' không rõ ràng, có thể là: {string.Join("; ", Candidates.Select(c => $"{c.Name} ({c.Code})"))}";
    }
}
