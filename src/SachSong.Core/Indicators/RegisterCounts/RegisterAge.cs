using SachSong.Core.Text;

namespace SachSong.Core.Indicators;

/// <summary>
/// How the register's counts read ages. A person reaches an age of <c>n</c> months on the same day of the month
/// <c>n</c> months after birth (the last day of the month when that month is shorter, so someone born on 29 February
/// turns a year older on 28 February of a common year), and is that age from that day on.
/// </summary>
/// <remarks>
/// <para>
/// <b>Partial birth dates.</b> The register knows only the year, or the month and year, of some people (mostly born
/// before 1975). For counting, a birth known to the year is taken as 1 July of that year and one known to the month as
/// the 15th of that month: the middle of what the date may stand for. Over a population this is unbiased: about half of
/// a year-only cohort really is older and half younger, so the counts on either side of an age limit neither gain nor
/// lose them systematically. Taking the latest possible day instead (as <see cref="PartialDate.AgeOn"/> does for a
/// single person) would make every year-only person cross every age limit on 31 December, and taking the earliest
/// (1 January) would do the opposite.
/// </para>
/// <para>Someone assumed born after the as-of date is not counted at all (not yet born).</para>
/// </remarks>
public static class RegisterAge
{
    /// <summary>The birth date the counts assume: the date itself when known in full, else the 15th of the month, else 1 July.</summary>
    public static DateOnly AssumedBirthDate(PartialDate birthDate) =>
        new(birthDate.Year, birthDate.Month ?? 7, birthDate.Day ?? (birthDate.Month is null ? 1 : 15));

    /// <summary>
    /// The latest birth date of someone who is at least <paramref name="months"/> months old on <paramref name="asOf"/>:
    /// a person born on or before it has reached the age, a person born after it has not.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="months"/> is negative or reaches before year 1.</exception>
    public static DateOnly LatestBirthDate(DateOnly asOf, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        // asOf - n months is never too late (its n-months anniversary has a day ≤ asOf's day); it is too early only
        // when asOf is at the end of a month longer than the birth month, by at most 3 days (31 March → 28 February).
        var latest = asOf.AddMonths(-months);
        while (latest < asOf && latest.AddDays(1).AddMonths(months) <= asOf) latest = latest.AddDays(1);
        return latest;
    }

    /// <summary>Age in whole years on <paramref name="asOf"/> of someone born on <paramref name="birth"/> (negative before birth).</summary>
    public static int YearsOn(DateOnly birth, DateOnly asOf)
    {
        var age = asOf.Year - birth.Year;
        if (birth.AddYears(age) > asOf) age--;
        return age;
    }
}
