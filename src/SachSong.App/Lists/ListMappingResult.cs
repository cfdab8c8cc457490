using SachSong.App.Lists.Reading;

namespace SachSong.App.Lists;

/// <summary>The outcome of showing or correcting how a list file's columns are read (expected failures, not exceptions).</summary>
public abstract record ListMappingResult
{
    private ListMappingResult() { }

    /// <summary>The mapping an import would use for each sheet; <paramref name="SkippedSheets"/> have no header that can be found.</summary>
    public sealed record Shown(IReadOnlyList<SheetMappingView> Sheets, IReadOnlyList<SkippedSheet> SkippedSheets) : ListMappingResult;

    /// <summary>The corrected mapping was saved for its template; the next import of the same layout reads it so.</summary>
    public sealed record Saved(SheetMappingView Sheet) : ListMappingResult;

    /// <summary>Nothing was saved: each problem in Vietnamese, naming the file, the sheet and the column.</summary>
    public sealed record Refused(IReadOnlyList<string> Problems) : ListMappingResult;
}
