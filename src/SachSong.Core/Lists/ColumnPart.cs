namespace SachSong.Core.Lists;

/// <summary>
/// Which part of its field a column holds when a header is split over sub-columns: the classic form writes the birth
/// date under "Nam" for men and under "Nữ" for women, or splits it into "Ngày" | "Tháng" | "Năm".
/// </summary>
public enum ColumnPart
{
    /// <summary>The whole value.</summary>
    Whole = 0,

    /// <summary>The value, written here only for men (so a value here also says the person is male).</summary>
    Male,

    /// <summary>The value, written here only for women.</summary>
    Female,

    /// <summary>The day of a date split over three columns.</summary>
    Day,

    /// <summary>The month of a date split over three columns.</summary>
    Month,

    /// <summary>The year of a date split over three columns.</summary>
    Year,
}
