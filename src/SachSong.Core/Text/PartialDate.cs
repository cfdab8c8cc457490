using System.Globalization;

namespace SachSong.Core.Text;

/// <summary>
/// A date of which only the year, or the month and year, may be known. Valid by construction:
/// month in 1–12, day within the month, and a day only when the month is known.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <exception cref="ArgumentOutOfRangeException">When the parts do not form a real date.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be within 1–12.");
        if (day is not null)
        {
            if (month is null) throw new ArgumentOutOfRangeException(nameof(day), day, "A day needs a month.");
            if (day < 1 || day > DateTime.DaysInMonth(year, month.Value))
                throw new ArgumentOutOfRangeException(nameof(day), day, "Day is not in the month.");
        }
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The earliest real date this value may stand for (1 January for a year-only date).</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The latest real date this value may stand for.</summary>
    public DateOnly Latest
    {
        get
        {
            var month = Month ?? 12;
            return new DateOnly(Year, month, Day ?? DateTime.DaysInMonth(Year, month));
        }
    }

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Age in whole years on <paramref name="asOf"/>, counting an unknown day or month as its latest possibility.</summary>
    public int AgeOn(DateOnly asOf)
    {
        var latest = Latest;
        var age = asOf.Year - latest.Year;
        if (asOf < latest.AddYears(age)) age--;
        return age;
    }

    /// <summary>dd/MM/yyyy, MM/yyyy or yyyy: the Vietnamese way of writing it.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Day:00}/{Month:00}/{Year:0000}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Month:00}/{Year:0000}"),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    /// <summary>ISO-like form for storage and exchange: yyyy-MM-dd, yyyy-MM or yyyy.</summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
