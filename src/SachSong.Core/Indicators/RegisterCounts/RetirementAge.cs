using SachSong.Core.Register;

namespace SachSong.Core.Indicators;

/// <summary>
/// The statutory retirement age in normal working conditions, which bounds the working-age count: Labour Code 2019
/// Article 169 and Decree 135/2020/NĐ-CP Article 4. Until 2020 it was 60 for men and 55 for women. From 1 January 2021
/// it is 60 years 3 months for men and 55 years 4 months for women, rising each year by 3 months for men until 62 in
/// 2028 and by 4 months for women until 60 in 2035.
/// </summary>
/// <remarks>
/// The age in force is that of the year in which the person reaches it (the decree's Appendix I lists it by month of
/// birth): a man born in September 1961 reached 60 years 3 months in December 2021 and retired, so in January 2022 he is
/// past retirement age although he is younger than that year's 60 years 6 months. Hence someone has reached retirement
/// age on a date when they are at least the age of that date's year, or were at least the age of the previous year on
/// its last day. (The margin between a person's age and the age in force grows by at least 8 months a year, so no earlier
/// year needs checking.) Ages are reached on the day, as <see cref="RegisterAge"/> says; the decree's retirement moment
/// (the end of that month) concerns pensions, not who is of working age.
/// </remarks>
public static class RetirementAge
{
    private const int DecreeFirstYear = 2021;

    /// <summary>The retirement age in force in <paramref name="year"/>, in months (723 = 60 years 3 months).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="sex"/> is not a defined value.</exception>
    public static int MonthsIn(int year, Sex sex)
    {
        var steps = Math.Max(0, year - DecreeFirstYear + 1);
        return sex switch
        {
            Sex.Male => Math.Min(60 * 12 + (3 * steps), 62 * 12),
            Sex.Female => Math.Min(55 * 12 + (4 * steps), 60 * 12),
            _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, "Unknown sex."),
        };
    }

    /// <summary>
    /// The latest birth date of a person of <paramref name="sex"/> who has reached retirement age on
    /// <paramref name="asOf"/>: born on or before it, past retirement age; born after it, not yet.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="sex"/> is not a defined value or the date is before year 100.</exception>
    public static DateOnly LatestRetiredBirthDate(Sex sex, DateOnly asOf)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(asOf.Year, 100, nameof(asOf));
        var thisYear = RegisterAge.LatestBirthDate(asOf, MonthsIn(asOf.Year, sex));
        var lastYear = RegisterAge.LatestBirthDate(new DateOnly(asOf.Year - 1, 12, 31), MonthsIn(asOf.Year - 1, sex));
        return thisYear > lastYear ? thisYear : lastYear;
    }

    /// <summary>Whether someone of <paramref name="sex"/> born on <paramref name="birth"/> has reached retirement age on <paramref name="asOf"/>.</summary>
    public static bool HasReached(DateOnly birth, Sex sex, DateOnly asOf) => birth <= LatestRetiredBirthDate(sex, asOf);
}
