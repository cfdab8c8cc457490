namespace SachSong.Core.Indicators;

/// <summary>Stable codes of <see cref="InputProblem"/> (for files, logs and tests); the texts may change, the codes do not.</summary>
public static class InputProblemCodes
{
    public const string Empty = "EMPTY";
    public const string NotANumber = "NOT_A_NUMBER";
    public const string Negative = "NEGATIVE";
    public const string NotWhole = "NOT_WHOLE";
    public const string BadGrouping = "BAD_GROUPING";
    public const string TooLarge = "TOO_LARGE";
    public const string PeriodFormat = "PERIOD_FORMAT";
    public const string PeriodYear = "PERIOD_YEAR";
    public const string PeriodQuarter = "PERIOD_QUARTER";
    public const string PeriodMonth = "PERIOD_MONTH";
    public const string PeriodWeek = "PERIOD_WEEK";
    public const string InvalidCode = "INVALID_CODE";
    public const string DuplicateCode = "DUPLICATE_CODE";
    public const string UnknownElement = "UNKNOWN_ELEMENT";
    public const string PartOfCycle = "PART_OF_CYCLE";
}
