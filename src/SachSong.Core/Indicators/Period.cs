using System.Globalization;

namespace SachSong.Core.Indicators;

/// <summary>
/// A reporting period: a calendar year (<c>2024</c>), a quarter (<c>2024Q4</c>), a month (<c>2024-11</c>) or an
/// ISO 8601 week (<c>2024W47</c>). Valid by construction. Periods order by start date, then by end date (the shorter
/// first), so <c>2024</c> sorts after <c>2024Q1</c> and <c>2024-01</c> but before <c>2024-02</c>.
/// <c>default(Period)</c> is not a valid period; create periods with the <c>Of…</c> factories or <see cref="Parse"/>.
/// </summary>
/// <threadsafety>Immutable value; safe to share.</threadsafety>
public readonly record struct Period : IComparable<Period>
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private Period(PeriodKind kind, int year, int number)
    {
        Kind = kind;
        Year = year;
        Number = number;
    }

    public PeriodKind Kind { get; }

    /// <summary>The calendar year, or for an ISO week its ISO week-year (2020W53 ends on 3 January 2021 but belongs to 2020).</summary>
    public int Year { get; }

    /// <summary>The quarter (1–4), month (1–12) or ISO week (1–53); 0 for a year.</summary>
    public int Number { get; }

    /// <summary>First day of the period.</summary>
    public DateOnly Start => Kind switch
    {
        PeriodKind.Year => new DateOnly(Year, 1, 1),
        PeriodKind.Quarter => new DateOnly(Year, (Number * 3) - 2, 1),
        PeriodKind.Month => new DateOnly(Year, Number, 1),
        PeriodKind.IsoWeek => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Number, DayOfWeek.Monday)),
        _ => throw new InvalidOperationException($"Unknown period kind {Kind}."),
    };

    /// <summary>Last day of the period (inclusive).</summary>
    public DateOnly End => Kind switch
    {
        PeriodKind.Year => new DateOnly(Year, 12, 31),
        PeriodKind.Quarter => new DateOnly(Year, Number * 3, DateTime.DaysInMonth(Year, Number * 3)),
        PeriodKind.Month => new DateOnly(Year, Number, DateTime.DaysInMonth(Year, Number)),
        PeriodKind.IsoWeek => Start.AddDays(6),
        _ => throw new InvalidOperationException($"Unknown period kind {Kind}."),
    };

    /// <summary>Number of days in the period.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <exception cref="ArgumentOutOfRangeException">When the year is outside 1000–9999.</exception>
    public static Period OfYear(int year) => new(PeriodKind.Year, CheckYear(year), 0);

    /// <exception cref="ArgumentOutOfRangeException">When the year is outside 1000–9999 or the quarter outside 1–4.</exception>
    public static Period OfQuarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Quarter must be within 1–4.");
        return new(PeriodKind.Quarter, CheckYear(year), quarter);
    }

    /// <exception cref="ArgumentOutOfRangeException">When the year is outside 1000–9999 or the month outside 1–12.</exception>
    public static Period OfMonth(int year, int month)
    {
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be within 1–12.");
        return new(PeriodKind.Month, CheckYear(year), month);
    }

    /// <summary>ISO week <paramref name="week"/> of ISO week-year <paramref name="weekYear"/> (a year has 52 or 53 weeks).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the year is outside 1000–9999 or the year has no such week.</exception>
    public static Period OfIsoWeek(int weekYear, int week)
    {
        CheckYear(weekYear);
        if (week < 1 || week > ISOWeek.GetWeeksInYear(weekYear))
            throw new ArgumentOutOfRangeException(nameof(week), week, $"ISO week-year {weekYear} has no week {week}.");
        return new(PeriodKind.IsoWeek, weekYear, week);
    }

    /// <summary>The period of the given kind that contains <paramref name="date"/>.</summary>
    public static Period Containing(DateOnly date, PeriodKind kind) => kind switch
    {
        PeriodKind.Year => OfYear(date.Year),
        PeriodKind.Quarter => OfQuarter(date.Year, ((date.Month - 1) / 3) + 1),
        PeriodKind.Month => OfMonth(date.Year, date.Month),
        PeriodKind.IsoWeek => OfIsoWeek(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this period (a period contains itself).</summary>
    public bool Contains(Period other) => other.Start >= Start && other.End <= End;

    /// <summary>
    /// Reads a period as people write it, ignoring case and surrounding spaces: <c>2024</c>; <c>2024Q4</c> or
    /// <c>2024-Q4</c>; <c>2024-11</c>, <c>2024-1</c> or <c>11/2024</c>; <c>2024W47</c> or <c>2024-W47</c> (ISO week).
    /// </summary>
    public static InputResult<Period> Parse(string? text)
    {
        var t = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (t.Length == 0)
            return Fail(InputProblemCodes.Empty, "Kỳ báo cáo trống.", "The period is empty.");

        // mm/yyyy, the Vietnamese way of writing a month.
        var slash = t.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            return IsDigits(t[..slash], 1, 2) && IsDigits(t[(slash + 1)..], 4, 4)
                ? MonthOf(Int(t[(slash + 1)..]), Int(t[..slash]), text!)
                : FormatProblem(text!);
        }

        if (t.Length < 4 || !IsDigits(t[..4], 4, 4)) return FormatProblem(text!);
        var year = Int(t[..4]);
        var rest = t[4..];
        if (rest.Length == 0) return YearOf(year, text!);
        if (rest[0] == '-') rest = rest[1..];
        if (rest.Length == 0) return FormatProblem(text!);

        switch (rest[0])
        {
            case 'Q' when IsDigits(rest[1..], 1, 1):
                var quarter = Int(rest[1..]);
                if (quarter is < 1 or > 4)
                    return Fail(InputProblemCodes.PeriodQuarter,
                        string.Create(CultureInfo.InvariantCulture, $"Không có quý {quarter} trong “{text!.Trim()}”: quý từ 1 đến 4."),
                        string.Create(CultureInfo.InvariantCulture, $"There is no quarter {quarter} in “{text!.Trim()}”: quarters are 1 to 4."));
                return Checked(year, text!, () => OfQuarter(year, quarter));
            case 'W' when IsDigits(rest[1..], 1, 2):
                var week = Int(rest[1..]);
                if (year is >= 1000 and <= 9999 && (week < 1 || week > ISOWeek.GetWeeksInYear(year)))
                {
                    var weeks = ISOWeek.GetWeeksInYear(year);
                    return Fail(InputProblemCodes.PeriodWeek,
                        string.Create(CultureInfo.InvariantCulture, $"Năm {year} chỉ có {weeks} tuần ISO: không có tuần {week} trong “{text!.Trim()}”."),
                        string.Create(CultureInfo.InvariantCulture, $"ISO week-year {year} has only {weeks} weeks: there is no week {week} in “{text!.Trim()}”."));
                }
                return Checked(year, text!, () => OfIsoWeek(year, week));
            default:
                return t[4] == '-' && IsDigits(rest, 1, 2) ? MonthOf(year, Int(rest), text!) : FormatProblem(text!);
        }
    }

    /// <summary>Like <see cref="Parse"/>, for callers that need no message.</summary>
    public static bool TryParse(string? text, out Period period) => Parse(text).TryGetValue(out period);

    /// <summary>The canonical form, also used for storage: <c>2024</c>, <c>2024Q4</c>, <c>2024-11</c>, <c>2024W47</c>.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Year.ToString("0000", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}Q{Number}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Number:00}"),
        PeriodKind.IsoWeek => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}W{Number:00}"),
        _ => throw new InvalidOperationException($"Unknown period kind {Kind}."),
    };

    /// <summary>The period for report titles: "Năm 2024", "Quý IV/2024", "Tháng 11/2024", "Tuần 47/2024" and their English forms.</summary>
    public BilingualText Caption => Kind switch
    {
        PeriodKind.Year => new(string.Create(CultureInfo.InvariantCulture, $"Năm {Year}"), string.Create(CultureInfo.InvariantCulture, $"Year {Year}")),
        PeriodKind.Quarter => new(string.Create(CultureInfo.InvariantCulture, $"Quý {Roman[Number - 1]}/{Year}"),
            string.Create(CultureInfo.InvariantCulture, $"Q{Number} {Year}")),
        PeriodKind.Month => new(string.Create(CultureInfo.InvariantCulture, $"Tháng {Number:00}/{Year}"),
            string.Create(CultureInfo.InvariantCulture, $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(Number)} {Year}")),
        PeriodKind.IsoWeek => new(string.Create(CultureInfo.InvariantCulture, $"Tuần {Number}/{Year}"),
            string.Create(CultureInfo.InvariantCulture, $"Week {Number} of {Year}")),
        _ => throw new InvalidOperationException($"Unknown period kind {Kind}."),
    };

    public int CompareTo(Period other)
    {
        var c = Start.CompareTo(other.Start);
        if (c != 0) return c;
        c = End.CompareTo(other.End);
        return c != 0 ? c : Kind.CompareTo(other.Kind);
    }

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    private static int CheckYear(int year)
    {
        if (year is < 1000 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be within 1000–9999.");
        return year;
    }

    private static InputResult<Period> YearOf(int year, string text) => Checked(year, text, () => OfYear(year));

    private static InputResult<Period> MonthOf(int year, int month, string text)
    {
        if (month is < 1 or > 12)
            return Fail(InputProblemCodes.PeriodMonth,
                string.Create(CultureInfo.InvariantCulture, $"Không có tháng {month} trong “{text.Trim()}”: tháng từ 1 đến 12."),
                string.Create(CultureInfo.InvariantCulture, $"There is no month {month} in “{text.Trim()}”: months are 1 to 12."));
        return Checked(year, text, () => OfMonth(year, month));
    }

    private static InputResult<Period> Checked(int year, string text, Func<Period> make) =>
        year is < 1000 or > 9999
            ? Fail(InputProblemCodes.PeriodYear,
                string.Create(CultureInfo.InvariantCulture, $"Năm {year} trong “{text.Trim()}” nằm ngoài khoảng 1000–9999."),
                string.Create(CultureInfo.InvariantCulture, $"The year {year} in “{text.Trim()}” is outside 1000–9999."))
            : InputResult<Period>.Ok(make());

    private static InputResult<Period> FormatProblem(string text) => Fail(InputProblemCodes.PeriodFormat,
        $"Không đọc được kỳ báo cáo “{text.Trim()}”: viết 2024 (năm), 2024Q4 (quý), 2024-11 hoặc 11/2024 (tháng), 2024W47 (tuần ISO).",
        $"Cannot read the period “{text.Trim()}”: write 2024 (year), 2024Q4 (quarter), 2024-11 or 11/2024 (month), 2024W47 (ISO week).");

    private static InputResult<Period> Fail(string code, string vietnamese, string english) =>
        InputResult<Period>.Fail(new InputProblem(code, new BilingualText(vietnamese, english)));

    private static bool IsDigits(string s, int min, int max) => s.Length >= min && s.Length <= max && s.All(char.IsAsciiDigit);

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
