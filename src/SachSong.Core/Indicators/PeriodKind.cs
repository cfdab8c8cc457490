namespace SachSong.Core.Indicators;

/// <summary>The length of a reporting period.</summary>
public enum PeriodKind
{
    Year,
    Quarter,
    Month,

    /// <summary>An ISO 8601 week: Monday to Sunday, numbered within its ISO week-year (which may differ from the calendar year at its edges).</summary>
    IsoWeek,
}
