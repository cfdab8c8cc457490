using System.Globalization;

namespace SachSong.Core.Register;

/// <summary>
/// A structurally valid 12-digit personal identification number (số định danh cá nhân):
/// PPP (province of birth registration) G (century and sex) YY (birth year) RRRRRR (random, no check digit).
/// </summary>
public sealed record PersonalId
{
    private PersonalId(string value)
    {
        Value = value;
        ProvinceCode = value[..3];
        var g = value[3] - '0';
        Sex = g % 2 == 0 ? Sex.Male : Sex.Female;
        BirthYear = 1900 + (g / 2 * 100) + int.Parse(value.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    public string Value { get; }

    /// <summary>Code of the province (or country) where the birth was registered, digits 1–3.</summary>
    public string ProvinceCode { get; }

    public Sex Sex { get; }

    /// <summary>Full year of birth read from the century digit and digits 5–6.</summary>
    public int BirthYear { get; }

    public override string ToString() => Value;

    /// <summary>Builds the number of a person; used by the generator and tests.</summary>
    public static PersonalId Create(string provinceCode, Sex sex, int birthYear, int serial)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(birthYear, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(birthYear, 2399);
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 999_999);
        if (provinceCode.Length != 3 || !provinceCode.All(char.IsAsciiDigit))
            throw new ArgumentException("Province code must be 3 digits.", nameof(provinceCode));
        var century = (birthYear - 1900) / 100;
        var g = (century * 2) + (sex == Sex.Female ? 1 : 0);
        return new PersonalId(string.Create(CultureInfo.InvariantCulture, $"{provinceCode}{g}{birthYear % 100:00}{serial:000000}"));
    }

    /// <summary>Reads a number as typed: spaces, dots and dashes are ignored; a number that lost its leading zero in Excel (11 digits) is restored.</summary>
    public static PersonalIdParse Parse(string? text)
    {
        var raw = (text ?? string.Empty).Trim();
        if (raw.Length == 0) return new PersonalIdParse.Missing();
        Span<char> digits = stackalloc char[Math.Min(raw.Length, 64)];
        var n = 0;
        foreach (var c in raw)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length) return new PersonalIdParse.Invalid(raw, "Số định danh quá dài");
                digits[n++] = c;
            }
            else if (c is not (' ' or '.' or '-' or '\'' or '\u00A0'))
            {
                return new PersonalIdParse.Invalid(raw, $"Số định danh chứa ký tự không phải chữ số: '{c}'");
            }
        }
        var s = new string(digits[..n]);
        switch (s.Length)
        {
            case 9:
                return new PersonalIdParse.Legacy(s);
            case 11 when BirthRegistrationProvinces.IsKnown("0" + s[..2]):
                s = "0" + s;
                break;
            case 12:
                break;
            default:
                return new PersonalIdParse.Invalid(raw, $"Số định danh phải có 12 chữ số (có {s.Length})");
        }
        var province = s[..3];
        if (!BirthRegistrationProvinces.IsKnown(province))
            return new PersonalIdParse.Invalid(raw, $"Mã tỉnh nơi đăng ký khai sinh '{province}' không có trong danh mục");
        return new PersonalIdParse.Valid(new PersonalId(s));
    }
}
