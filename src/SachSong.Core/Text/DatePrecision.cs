namespace SachSong.Core.Text;

/// <summary>How much of a birth date is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year (common for the elderly).</summary>
    Year = 1,
    /// <summary>Month and year.</summary>
    Month = 2,
    /// <summary>The full date.</summary>
    Day = 3,
}
