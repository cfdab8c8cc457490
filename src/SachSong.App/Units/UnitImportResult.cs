namespace SachSong.App.Units;

/// <summary>What a catalogue or mapping import did.</summary>
public abstract record UnitImportResult
{
    private UnitImportResult() { }

    public sealed record Completed(string Format, int UnitsAdded, int UnitsUpdated, int MappingsAdded, IReadOnlyList<string> Warnings) : UnitImportResult;

    public sealed record Failed(string Message) : UnitImportResult;
}
