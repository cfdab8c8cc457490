namespace SachSong.Core.Linkage;

/// <summary>64-bit mixing for blocking keys (SplitMix64 finaliser); unchecked on purpose.</summary>
internal static class Hashing
{
    public static ulong Mix(ulong x)
    {
        unchecked
        {
            x ^= x >> 30;
            x *= 0xBF58476D1CE4E5B9UL;
            x ^= x >> 27;
            x *= 0x94D049BB133111EBUL;
            x ^= x >> 31;
            return x;
        }
    }

    public static long Combine(long seed, long value)
    {
        unchecked
        {
            return (long)Mix((ulong)seed ^ ((ulong)value + 0x9E3779B97F4A7C15UL + ((ulong)seed << 6) + ((ulong)seed >> 2)));
        }
    }
}
