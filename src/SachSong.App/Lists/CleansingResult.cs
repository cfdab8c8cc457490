namespace SachSong.App.Lists;

/// <summary>What a correction or a review decision did.</summary>
public abstract record CleansingResult
{
    private CleansingResult() { }

    /// <summary>Stored; <paramref name="Changes"/> corrections were recorded (0 when nothing differed).</summary>
    public sealed record Done(int Changes) : CleansingResult;

    public sealed record EntryNotFound(long EntryId) : CleansingResult;

    /// <summary>The request does not fit the row (a decision on a row that is not in review, a person not in the register).</summary>
    public sealed record Refused(string Reason) : CleansingResult;
}
