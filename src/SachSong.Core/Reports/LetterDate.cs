using System.Globalization;

namespace SachSong.Core.Reports;

/// <summary>
/// The "Địa danh, ngày tháng năm" line of a document (Decree 30/2020, box 4): "Bình Sơn, ngày 05 tháng 12 năm 2024",
/// or with gaps for the date the document is signed: "Bình Sơn, ngày    tháng    năm 2024".
/// </summary>
/// <remarks>Create it with <see cref="On"/> or <see cref="Undated"/>.</remarks>
public sealed record LetterDate
{
    /// <summary>What stands in for the day and the month of an undated document.</summary>
    public const string Blank = "    ";

    private LetterDate(string place, DateOnly? date, int year)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        Place = place.Trim();
        Date = date;
        Year = year;
    }

    /// <summary>The official name of the place where the issuing body sits, e.g. "Bình Sơn".</summary>
    public string Place { get; }

    /// <summary>The date of issue, or null when it is written in on signing.</summary>
    public DateOnly? Date { get; }

    public int Year { get; }

    /// <summary>A dated line.</summary>
    /// <exception cref="ArgumentException"><paramref name="place"/> is blank.</exception>
    public static LetterDate On(string place, DateOnly date) => new(place, date, date.Year);

    /// <summary>A line with gaps for the day and the month.</summary>
    /// <exception cref="ArgumentException"><paramref name="place"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static LetterDate Undated(string place, int year) => new(place, null, year);

    /// <summary>The printed line; a day below 10 and the months 1 and 2 get a leading 0 (Decree 30/2020).</summary>
    public string Text
    {
        get
        {
            var year = Year.ToString(CultureInfo.InvariantCulture);
            if (Date is not { } d) return Place + ", ngày" + Blank + "tháng" + Blank + "năm " + year;
            var day = d.Day.ToString("00", CultureInfo.InvariantCulture);
            var month = d.Month.ToString(d.Month <= 2 ? "00" : "0", CultureInfo.InvariantCulture);
            return Place + ", ngày " + day + " tháng " + month + " năm " + year;
        }
    }
}
