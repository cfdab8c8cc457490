using System.Globalization;

namespace SachSong.Core.Indicators;

/// <summary>
/// Reads a reported figure (a count of people, cards or forms) as people type it: a non-negative whole number, written
/// plain (<c>1234</c>) or with Vietnamese thousands dots (<c>1.234</c>, <c>1.234.567</c>) or spaces (<c>1 234</c>).
/// A comma is a decimal comma in Vietnamese, so <c>12,5</c> (and <c>1,234</c>) is rejected rather than guessed.
/// </summary>
public static class FigureValue
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Reads a typed figure; see the type's summary for what is accepted.</summary>
    public static InputResult<long> Parse(string? text)
    {
        var t = (text ?? string.Empty).Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ');
        if (t.Length == 0)
            return Fail(InputProblemCodes.Empty, "Ô trống: chưa có số liệu.", "Empty: no figure given.");
        var shown = t;
        if (t[0] is '-' or '\u2212')
        {
            return t.Length > 1 && t[1..].All(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' ')
                ? Fail(InputProblemCodes.Negative,
                    $"“{shown}” là số âm: số liệu phải là số nguyên từ 0 trở lên.",
                    $"“{shown}” is negative: a figure must be a whole number, 0 or more.")
                : NotANumber(shown);
        }
        if (!t.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' ') || !char.IsAsciiDigit(t[0]) || !char.IsAsciiDigit(t[^1]))
            return NotANumber(shown);
        if (t.Contains(',', StringComparison.Ordinal))
            return Fail(InputProblemCodes.NotWhole,
                $"“{shown}” có dấu phẩy (dấu thập phân): số liệu phải là số nguyên, viết 1234 hoặc 1.234.",
                $"“{shown}” has a comma (a decimal comma in Vietnamese): a figure must be a whole number, written 1234 or 1.234.");

        var hasDot = t.Contains('.', StringComparison.Ordinal);
        var hasSpace = t.Contains(' ', StringComparison.Ordinal);
        if (hasDot || hasSpace)
        {
            var groups = t.Split(hasDot ? '.' : ' ');
            var grouped = !(hasDot && hasSpace) && groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
            if (!grouped)
                return Fail(InputProblemCodes.BadGrouping,
                    $"“{shown}”: dấu chấm (hoặc dấu cách) chỉ dùng để tách hàng nghìn, mỗi nhóm đúng 3 chữ số (1.234.567); số liệu phải là số nguyên.",
                    $"“{shown}”: a dot (or space) only separates thousands, in groups of exactly 3 digits (1.234.567); a figure must be a whole number.");
            t = string.Concat(groups);
        }
        return long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? InputResult<long>.Ok(value)
            : Fail(InputProblemCodes.TooLarge, $"“{shown}” quá lớn để là một số liệu.", $"“{shown}” is too large to be a figure.");
    }

    /// <summary>
    /// Checks a number read from a spreadsheet cell (convert the cell's double with <c>(decimal)</c>): it must be a whole
    /// number, 0 or more.
    /// </summary>
    public static InputResult<long> FromNumber(decimal number)
    {
        var shown = number.ToString(Vi);
        if (number < 0)
            return Fail(InputProblemCodes.Negative,
                $"“{shown}” là số âm: số liệu phải là số nguyên từ 0 trở lên.",
                $"“{number.ToString(CultureInfo.InvariantCulture)}” is negative: a figure must be a whole number, 0 or more.");
        if (number != decimal.Truncate(number))
            return Fail(InputProblemCodes.NotWhole,
                $"“{shown}” không phải số nguyên: số liệu là số đếm, không có phần thập phân.",
                $"“{number.ToString(CultureInfo.InvariantCulture)}” is not a whole number: a figure is a count and has no decimals.");
        return number > long.MaxValue
            ? Fail(InputProblemCodes.TooLarge, $"“{shown}” quá lớn để là một số liệu.", $"“{number.ToString(CultureInfo.InvariantCulture)}” is too large to be a figure.")
            : InputResult<long>.Ok((long)number);
    }

    private static InputResult<long> NotANumber(string shown) => Fail(InputProblemCodes.NotANumber,
        $"“{shown}” không phải là số: số liệu phải là số nguyên, viết 1234 hoặc 1.234.",
        $"“{shown}” is not a number: a figure must be a whole number, written 1234 or 1.234.");

    private static InputResult<long> Fail(string code, string vietnamese, string english) =>
        InputResult<long>.Fail(new InputProblem(code, new BilingualText(vietnamese, english)));
}
