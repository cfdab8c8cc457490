using SachSong.Core.Indicators;

namespace SachSong.App.Indicators;

/// <summary>A target set by a user: for an indicator, optionally only for one unit and/or one period, with a deadline.</summary>
public sealed class IndicatorTargetRecord
{
    private IndicatorTargetRecord() { }

    public IndicatorTargetRecord(string indicatorCode, string? unitCode, string? period, decimal percent, DateOnly? deadline, string setBy, DateTime setAt)
    {
        IndicatorCode = indicatorCode;
        UnitCode = unitCode ?? "";
        Period = period ?? "";
        Update(percent, deadline, setBy, setAt);
    }

    public long Id { get; private set; }
    public string IndicatorCode { get; private set; } = "";
    /// <summary>Empty for every unit.</summary>
    public string UnitCode { get; private set; } = "";
    /// <summary>Empty for every period.</summary>
    public string Period { get; private set; } = "";
    public decimal Percent { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public string SetBy { get; private set; } = "";
    public DateTime SetAt { get; private set; }

    public void Update(decimal percent, DateOnly? deadline, string setBy, DateTime setAt)
    {
        Percent = percent;
        Deadline = deadline;
        SetBy = setBy;
        SetAt = setAt;
    }

    public IndicatorTarget ToTarget() => new(IndicatorCode, Percent, Deadline, UnitCode.Length == 0 ? null : UnitCode,
        Period.Length == 0 ? null : Core.Indicators.Period.Parse(Period).Value);
}
