namespace SachSong.Core.Synthetic;

/// <summary>
/// The ages still to be given out: drawn up front from Vietnam's age pyramid, then handed to household members
/// within the range each role allows, so the register follows the pyramid whatever households come out.
/// </summary>
internal sealed class AgePool
{
    public const int MaxAge = 104;
    public const int AdultAge = 18;

    private readonly int[] _counts = new int[MaxAge + 1];

    public int Adults { get; private set; }

    public int Total { get; private set; }

    /// <summary>Shares per single year of age: 0–14 ≈ 24%, 15–64 ≈ 68%, 65+ ≈ 8% thinning out to a few over 90.</summary>
    public static WeightedChoice<int> Pyramid { get; } = BuildPyramid();

    public void Add(int age)
    {
        _counts[age]++;
        Total++;
        if (age >= AdultAge) Adults++;
    }

    public int CountOf(int age) => _counts[age];

    /// <summary>Takes an age within [<paramref name="min"/>, <paramref name="max"/>], weighted by what is left, or returns -1.</summary>
    public int Take(int min, int max, SyntheticRandom random)
    {
        min = Math.Max(min, 0);
        max = Math.Min(max, MaxAge);
        if (min > max) return -1;
        var available = 0;
        for (var a = min; a <= max; a++) available += _counts[a];
        if (available == 0) return -1;
        var pick = random.Next(available);
        for (var a = min; a <= max; a++)
        {
            pick -= _counts[a];
            if (pick >= 0) continue;
            _counts[a]--;
            Total--;
            if (a >= AdultAge) Adults--;
            return a;
        }
        throw new InvalidOperationException("Age pool is inconsistent.");
    }

    private static WeightedChoice<int> BuildPyramid()
    {
        var rows = new List<(int, double)>(MaxAge + 1);
        for (var a = 0; a <= 14; a++) rows.Add((a, 24.0 / 15));
        var working = Enumerable.Range(15, 50).Select(a => 1.5 - (0.3 * (a - 15) / 49)).ToList();
        var workingTotal = working.Sum();
        for (var a = 15; a <= 64; a++) rows.Add((a, 68.0 * working[a - 15] / workingTotal));
        // A Gaussian-like tail: about 1.8% are 80 or over and 0.3% 90 or over.
        var old = Enumerable.Range(65, MaxAge - 64).Select(a => Math.Exp(-Math.Pow((a - 65) / 17.0, 2))).ToList();
        var oldTotal = old.Sum();
        for (var a = 65; a <= MaxAge; a++) rows.Add((a, 8.0 * old[a - 65] / oldTotal));
        return new WeightedChoice<int>(rows);
    }
}
