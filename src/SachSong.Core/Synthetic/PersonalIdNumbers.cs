using System.Globalization;
using SachSong.Core.Register;

namespace SachSong.Core.Synthetic;

/// <summary>Gives out structurally valid personal IDs with serials nobody else has.</summary>
internal static class PersonalIdNumbers
{
    /// <summary>Provinces of birth registration other than Quảng Ngãi (051), for people born elsewhere.</summary>
    public static WeightedChoice<string> OtherProvinces { get; } = new(
    [
        ("049", 30), ("052", 18), ("062", 8), ("079", 14), ("001", 6), ("048", 10), ("064", 6), ("066", 4), ("056", 4),
    ]);

    /// <summary>A new ID for the person, registered in <paramref name="issued"/>.</summary>
    public static string Issue(string province, Sex sex, int birthYear, HashSet<long> issued, SyntheticRandom random)
    {
        var prefix = Key(province, sex, birthYear, 0);
        // A prefix holds a million serials; after a few thousand misses in a row give up rather than spin.
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var serial = random.Next(1_000_000);
            if (issued.Add(prefix + serial)) return PersonalId.Create(province, sex, birthYear, serial).Value;
        }
        throw new InvalidOperationException("No free personal ID serial left for this province, sex and year.");
    }

    /// <summary>The number as a long (province, century-sex digit, year, serial), used as a uniqueness key.</summary>
    public static long Key(string province, Sex sex, int birthYear, int serial)
    {
        var g = ((birthYear - 1900) / 100 * 2) + (sex == Sex.Female ? 1 : 0);
        return (long.Parse(province, NumberStyles.None, CultureInfo.InvariantCulture) * 1_000_000_000L)
            + (g * 100_000_000L) + (birthYear % 100 * 1_000_000L) + serial;
    }
}
