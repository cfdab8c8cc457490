using SachSong.Core.Register;

namespace SachSong.App.Register;

/// <summary>A stored change event of the register (birth, death, move, correction).</summary>
public sealed class RegisterChangeRow
{
    private RegisterChangeRow() { }

    public RegisterChangeRow(RegisterChange change, DateTime recordedAt)
    {
        ArgumentNullException.ThrowIfNull(change);
        PersonalId = change.PersonalId;
        Kind = change.Kind;
        OccurredOn = change.OccurredOn;
        FromCommuneCode = change.FromCommuneCode;
        ToCommuneCode = change.ToCommuneCode;
        Details = change.Details;
        RecordedAt = recordedAt;
    }

    public long Id { get; private set; }
    public string PersonalId { get; private set; } = "";
    public RegisterChangeKind Kind { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public string? FromCommuneCode { get; private set; }
    public string? ToCommuneCode { get; private set; }
    public string? Details { get; private set; }
    public DateTime RecordedAt { get; private set; }

    public RegisterChange ToChange() => new(PersonalId, Kind, OccurredOn, FromCommuneCode, ToCommuneCode, Details);
}
