namespace SachSong.Core.Linkage;

/// <summary>One part of a blocking key: a left column, the right column it meets, and the transform applied to both.</summary>
public sealed record BlockingKeyPart(string LeftColumn, string RightColumn, KeyTransform Transform)
{
    /// <summary>The same column name on both sides.</summary>
    public static BlockingKeyPart On(string column, KeyTransform transform = KeyTransform.Value) => new(column, column, transform);
}
