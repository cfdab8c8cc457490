namespace SachSong.Core.Reports;

/// <summary>What a report column holds, which decides how each renderer writes and aligns its cells.</summary>
public enum ReportColumnKind
{
    /// <summary>Free text such as a unit name.</summary>
    Text,

    /// <summary>A count: written as a number, shown with thousands separators.</summary>
    WholeNumber,

    /// <summary>A rate held as a fraction (0.9114 for 91,14%), shown as a percentage with the column's decimals.</summary>
    Percentage,
}
