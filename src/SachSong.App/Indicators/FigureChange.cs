namespace SachSong.App.Indicators;

/// <summary>The history of a reported value: every report of it, with the value it replaced (null the first time).</summary>
public sealed class FigureChange
{
    private FigureChange() { }

    public FigureChange(FigureRecord figure, long? oldValue)
    {
        ArgumentNullException.ThrowIfNull(figure);
        Figure = figure;
        OldValue = oldValue;
        NewValue = figure.Value;
        ChangedBy = figure.ReportedBy;
        ChangedAt = figure.ReportedAt;
        Source = figure.Source;
    }

    public long Id { get; private set; }
    public long FigureId { get; private set; }
    public FigureRecord Figure { get; private set; } = null!;
    public long? OldValue { get; private set; }
    public long NewValue { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public DateTime ChangedAt { get; private set; }
    public string Source { get; private set; } = "";
}
