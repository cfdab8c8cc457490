namespace SachSong.Core.Indicators;

/// <summary>Whether a unit completed its targets ("hoàn thành" / "chưa hoàn thành"); file codes <c>completed</c> and <c>not_completed</c>.</summary>
public enum CompletionStatus
{
    Completed,
    NotCompleted,
}
