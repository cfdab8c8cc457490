namespace SachSong.App.Lists.Reading;

/// <summary>The outcome of reading a list file: its content, or why there is none (expected failures, not exceptions).</summary>
public abstract record ListFileResult
{
    private ListFileResult() { }

    /// <summary>At least one sheet had a header; its rows are all accounted for in <paramref name="Content"/>.</summary>
    public sealed record Loaded(ListFileContent Content) : ListFileResult;

    /// <summary>The file cannot be read at all (missing, not a spreadsheet or CSV, corrupt, empty); the message names it.</summary>
    public sealed record Unreadable(string Message) : ListFileResult;

    /// <summary>The file was read but no sheet has a header that can be recognised; <paramref name="Sheets"/> says why for each.</summary>
    public sealed record NoListFound(string Message, IReadOnlyList<SkippedSheet> Sheets) : ListFileResult;
}
