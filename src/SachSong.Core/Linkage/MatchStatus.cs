namespace SachSong.Core.Linkage;

/// <summary>What the matcher decided for one list row; written lower-case in files (<c>matched|review|unmatched</c>).</summary>
public enum MatchStatus
{
    /// <summary>The row is the register person given, with a probability at or above the match threshold.</summary>
    Matched = 1,

    /// <summary>A person must decide: the best candidate is plausible but not certain, or several candidates compete.</summary>
    Review = 2,

    /// <summary>No register person is a plausible match (or the row repeats a person matched on another row).</summary>
    Unmatched = 3,
}
