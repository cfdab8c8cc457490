namespace SachSong.Core.Register;

/// <summary>A dated change to a citizen's record, so figures can be computed as of any date.</summary>
/// <param name="PersonalId">Whose record changed.</param>
/// <param name="Kind">Birth, death, move or correction.</param>
/// <param name="OccurredOn">When it happened (not when it was recorded).</param>
/// <param name="FromCommuneCode">For a move: the commune left.</param>
/// <param name="ToCommuneCode">For a move: the commune moved to.</param>
/// <param name="Details">For a correction: what changed, e.g. "Họ và tên: Nguyễn Văn Hung → Nguyễn Văn Hùng".</param>
public sealed record RegisterChange(
    string PersonalId,
    RegisterChangeKind Kind,
    DateOnly OccurredOn,
    string? FromCommuneCode = null,
    string? ToCommuneCode = null,
    string? Details = null);
