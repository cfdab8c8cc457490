using System.Globalization;

namespace SachSong.Web.Hosting;

/// <summary>Words and formats of the page being rendered: Vietnamese (vi-VN) unless the user switched to English.</summary>
public static class Ui
{
    public const string LanguageCookie = "sachsong-lang";
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    // English words with day-first dates, as officials read them.
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The text in the user's language.</summary>
    public static string T(string vietnamese, string english) => IsEnglish ? english : vietnamese;

    /// <summary>A count: 1.234 (vi) or 1,234 (en).</summary>
    public static string N(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A count that may be unknown: blank, never 0.</summary>
    public static string N(long? value) => value is { } v ? N(v) : "";

    /// <summary>A percentage with <paramref name="decimals"/> places: 91,14% (vi).</summary>
    public static string Percent(decimal? percent, int decimals = 2) =>
        percent is { } p ? p.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture) + "%" : "—";

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A UTC time shown in Vietnam's time (UTC+7, no daylight saving).</summary>
    public static string Time(DateTime utc) => utc.AddHours(7).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
