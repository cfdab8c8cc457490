using System.Globalization;
using System.Text.RegularExpressions;

namespace SachSong.Core.Text;

/// <summary>
/// Parses dates as officials type them: dd/MM/yyyy, d/M/yyyy, d-M-yyyy, d.M.yyyy, yyyy-MM-dd, MM/yyyy, yyyy,
/// and Excel serial numbers. Impossible dates (31/02/1990) and dates after today are rejected with a message.
/// </summary>
public static partial class DateParser
{
    // Excel's day 1 is 1900-01-01 and it counts a non-existent 29/02/1900, so serials from 61 on are one day ahead.
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>Parses <paramref name="text"/>; <paramref name="today"/> bounds it from above.</summary>
    public static ParseResult<PartialDate> Parse(string? text, DateOnly today)
    {
        var s = VietnameseText.Clean(text);
        if (s.Length == 0) return ParseResult<PartialDate>.Fail("Ngày trống");

        PartialDate date;
        Match m;
        if ((m = DayMonthYear().Match(s)).Success)
        {
            var r = Build(s, Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]));
            if (!r.Success) return r;
            date = r.Value;
        }
        else if ((m = IsoDate().Match(s)).Success)
        {
            var r = Build(s, Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]));
            if (!r.Success) return r;
            date = r.Value;
        }
        else if ((m = MonthYear().Match(s)).Success || (m = IsoMonth().Match(s)).Success)
        {
            var r = Build(s, Int(m.Groups["y"]), Int(m.Groups["m"]), null);
            if (!r.Success) return r;
            date = r.Value;
        }
        else if ((m = YearOnly().Match(s)).Success)
        {
            var year = Int(m.Groups["y"]);
            if (year < 1880) return ParseResult<PartialDate>.Fail($"Năm không hợp lệ: '{s}'");
            date = new PartialDate(year);
        }
        else if ((m = Serial().Match(s)).Success)
        {
            var serial = double.Parse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            var r = FromExcelSerial(serial);
            if (!r.Success) return r;
            date = r.Value;
        }
        else
        {
            return ParseResult<PartialDate>.Fail($"Không đọc được ngày '{s}' (dùng dd/MM/yyyy, MM/yyyy hoặc yyyy)");
        }

        if (date.Earliest > today) return ParseResult<PartialDate>.Fail($"Ngày '{s}' ở tương lai");
        return ParseResult<PartialDate>.Ok(date);
    }

    /// <summary>Converts an Excel serial date (1900 date system) to a full date.</summary>
    public static ParseResult<PartialDate> FromExcelSerial(double serial)
    {
        if (double.IsNaN(serial) || serial < 1 || serial > 2958465)
            return ParseResult<PartialDate>.Fail($"Số ngày Excel không hợp lệ: {serial.ToString(CultureInfo.InvariantCulture)}");
        var days = (int)Math.Floor(serial);
        var date = days < 61 ? ExcelEpoch.AddDays(days + 1) : ExcelEpoch.AddDays(days);
        return ParseResult<PartialDate>.Ok(PartialDate.FromDate(date));
    }

    private static ParseResult<PartialDate> Build(string text, int year, int month, int? day)
    {
        if (year < 1880 || year > 9999) return ParseResult<PartialDate>.Fail($"Năm không hợp lệ trong '{text}'");
        if (month is < 1 or > 12) return ParseResult<PartialDate>.Fail($"Tháng {month} không hợp lệ trong '{text}'");
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month)))
            return ParseResult<PartialDate>.Fail($"Ngày không tồn tại: '{text}' (tháng {month}/{year} không có ngày {day})");
        return ParseResult<PartialDate>.Ok(new PartialDate(year, month, day));
    }

    private static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*[/\-.]\s*(?<m>\d{1,2})\s*[/\-.]\s*(?<y>\d{4})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<m>\d{1,2})\s*[/\-.]\s*(?<y>\d{4})$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(?:năm\s+)?(?<y>(?:18[89]|19\d|20\d)\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(?<n>\d{1,7}(?:\.\d+)?)$")]
    private static partial Regex Serial();
}
