namespace SachSong.Core.Synthetic;

/// <summary>
/// A small, fast, portable random number generator (xoshiro256**, seeded through SplitMix64). Unlike
/// <see cref="Random"/> its sequence is fixed by this file, so a seed gives the same district on every runtime.
/// </summary>
internal sealed class SyntheticRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator for one named stream of a seed; streams of one seed are independent of each other.</summary>
    public SyntheticRandom(int seed, ulong stream, ulong key = 0)
    {
        var x = unchecked(((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ (stream * 0xD1B54A32D192ED03UL) ^ (key * 0xAEF17502108EF2D9UL));
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            var result = RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 1) return 0;
        // Lemire's multiply-shift; the tiny bias for 32-bit ranges is irrelevant here.
        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>] (both inclusive).</summary>
    public int Between(int min, int max) => max <= min ? min : min + Next(max - min + 1);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + ((max - min) * NextDouble());

    public bool Chance(double probability) => probability > 0 && NextDouble() < probability;

    /// <summary>A day in [<paramref name="first"/>, <paramref name="last"/>], or <paramref name="first"/> when the range is empty.</summary>
    public DateOnly DayBetween(DateOnly first, DateOnly last) =>
        last <= first ? first : DateOnly.FromDayNumber(first.DayNumber + Next(last.DayNumber - first.DayNumber + 1));

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Shuffles the first <paramref name="count"/> places of <paramref name="items"/> with a partial Fisher–Yates pass.</summary>
    public void ShufflePrefix<T>(Span<T> items, int count)
    {
        var n = items.Length;
        for (var i = 0; i < Math.Min(count, n - 1); i++)
        {
            var j = i + Next(n - i);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            var z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
