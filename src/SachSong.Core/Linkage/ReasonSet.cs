namespace SachSong.Core.Linkage;

/// <summary>A set of reasons as bits, turned into a shared, cached list in enum order.</summary>
internal struct ReasonSet
{
    private static readonly IReadOnlyList<MatchReason>?[] Cache = new IReadOnlyList<MatchReason>?[1 << 11];
    private int _bits;

    public void Add(MatchReason reason) => _bits |= 1 << (int)reason;

    public readonly bool Contains(MatchReason reason) => (_bits & (1 << (int)reason)) != 0;

    public readonly IReadOnlyList<MatchReason> ToList()
    {
        var cached = Volatile.Read(ref Cache[_bits]);
        if (cached is not null) return cached;
        var list = new List<MatchReason>();
        for (var i = 0; i < 11; i++)
            if ((_bits & (1 << i)) != 0) list.Add((MatchReason)i);
        cached = list.AsReadOnly();
        Volatile.Write(ref Cache[_bits], cached);
        return cached;
    }
}
