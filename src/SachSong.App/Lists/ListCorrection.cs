namespace SachSong.App.Lists;

/// <summary>A change a commune officer made to a list row, or a decision on a review row: who, when, old and new values.</summary>
public sealed class ListCorrection
{
    private ListCorrection() { }

    public ListCorrection(long entryId, string field, string? oldValue, string? newValue, string by, DateTime at, string? note)
    {
        EntryId = entryId;
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
        By = by;
        At = at;
        Note = note;
    }

    public long Id { get; private set; }
    public long EntryId { get; private set; }
    /// <summary>The field changed (personal_id, full_name, birth_date, sex, commune_code, village) or "review_decision".</summary>
    public string Field { get; private set; } = "";
    public string? OldValue { get; private set; }
    public string? NewValue { get; private set; }
    public string By { get; private set; } = "";
    public DateTime At { get; private set; }
    public string? Note { get; private set; }
}
