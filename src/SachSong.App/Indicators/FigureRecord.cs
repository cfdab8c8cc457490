using SachSong.Core.Indicators;

namespace SachSong.App.Indicators;

/// <summary>
/// One reported value: a data element of a unit (in the catalogue version its code belongs to) for a period, with who
/// reported it last and when. Earlier values are kept in <see cref="FigureChange"/>.
/// </summary>
public sealed class FigureRecord
{
    private FigureRecord() { }

    public FigureRecord(string catalogVersion, string unitCode, string elementCode, Period period)
    {
        CatalogVersion = catalogVersion;
        UnitCode = unitCode;
        ElementCode = elementCode;
        Period = period.ToString();
        PeriodStart = period.Start;
        PeriodEnd = period.End;
    }

    public long Id { get; private set; }
    public string CatalogVersion { get; private set; } = "";
    public string UnitCode { get; private set; } = "";
    public string ElementCode { get; private set; } = "";
    /// <summary>The period in its canonical form (2024, 2024Q4, 2024-11, 2024W47).</summary>
    public string Period { get; private set; } = "";
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public long Value { get; private set; }
    public string ReportedBy { get; private set; } = "";
    public DateTime ReportedAt { get; private set; }
    /// <summary>Where the value came from: a file name, "form" or "register".</summary>
    public string Source { get; private set; } = "";

    public void Report(long value, string reportedBy, DateTime reportedAt, string source)
    {
        Value = value;
        ReportedBy = reportedBy;
        ReportedAt = reportedAt;
        Source = source;
    }
}
