namespace SachSong.Core.Indicators;

/// <summary>A unit as a report shows it: its code and its name as written in the report's "Đơn vị" column ("Bình Thạnh").</summary>
public sealed record ReportUnit
{
    /// <exception cref="ArgumentException">When the code or name is blank.</exception>
    public ReportUnit(string code, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = code;
        Name = name;
    }

    public string Code { get; }
    public string Name { get; }

    public override string ToString() => $"{Name} ({Code})";
}
