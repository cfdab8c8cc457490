namespace SachSong.Core.Linkage;

/// <summary>A small deterministic random number generator (SplitMix64) for sampling pairs; same seed, same sequence.</summary>
internal struct SplitMix(ulong seed)
{
    private ulong _state = seed;

    public ulong NextULong()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            return Hashing.Mix(_state);
        }
    }

    /// <summary>A value in [0, n).</summary>
    public int Next(int n) => (int)(NextULong() % (ulong)n);
}
