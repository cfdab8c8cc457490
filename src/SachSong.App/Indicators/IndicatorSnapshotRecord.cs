namespace SachSong.App.Indicators;

/// <summary>An indicator's numerator and denominator for a unit and period as they stood on a day: the history a forecast reads.</summary>
public sealed class IndicatorSnapshotRecord
{
    private IndicatorSnapshotRecord() { }

    public IndicatorSnapshotRecord(string catalogVersion, string unitCode, string indicatorCode, string period, DateOnly takenOn, long numerator, long denominator)
    {
        CatalogVersion = catalogVersion;
        UnitCode = unitCode;
        IndicatorCode = indicatorCode;
        Period = period;
        TakenOn = takenOn;
        Update(numerator, denominator);
    }

    public long Id { get; private set; }
    public string CatalogVersion { get; private set; } = "";
    public string UnitCode { get; private set; } = "";
    public string IndicatorCode { get; private set; } = "";
    public string Period { get; private set; } = "";
    public DateOnly TakenOn { get; private set; }
    public long Numerator { get; private set; }
    public long Denominator { get; private set; }

    public void Update(long numerator, long denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }
}
