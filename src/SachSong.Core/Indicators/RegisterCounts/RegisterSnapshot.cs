namespace SachSong.Core.Indicators;

/// <summary>
/// The register reduced to what its data elements need, one array per field (one entry per person), so that counting
/// ten million people is a single pass over a few hundred megabytes of integers. Dates are stored as day numbers
/// (<see cref="DateOnly.DayNumber"/>) with two sentinels: <see cref="Never"/> (no such event) and <see cref="Always"/>
/// (the event happened on an unknown day, so it counts on every date). Build one with
/// <see cref="RegisterSnapshotBuilder"/> and count it with <see cref="RegisterCounter"/>.
/// </summary>
/// <threadsafety>Immutable once built; safe to count from several threads.</threadsafety>
public sealed class RegisterSnapshot
{
    /// <summary>Day number of an event that has not happened (alive, no card, no level-2 e-ID, not activated).</summary>
    public const int Never = int.MaxValue;

    /// <summary>Day number of an event that happened on an unknown day (deceased without a date, a card without an issue date).</summary>
    public const int Always = int.MinValue;

    internal RegisterSnapshot(IReadOnlyList<RegisterCommune> communes, int count, int[] birth, byte[] sex, int[] commune,
        int[] death, int[] card, int[] authenticated, int[] activated)
    {
        Communes = communes;
        Count = count;
        Birth = birth;
        Sex = sex;
        Commune = commune;
        Death = death;
        Card = card;
        Authenticated = authenticated;
        Activated = activated;
    }

    /// <summary>An empty register.</summary>
    public static RegisterSnapshot Empty { get; } = new RegisterSnapshotBuilder(0).Build();

    /// <summary>Number of people.</summary>
    public int Count { get; }

    /// <summary>The communes people are registered in, in order of first appearance; <see cref="CommuneOf"/> indexes this list.</summary>
    public IReadOnlyList<RegisterCommune> Communes { get; }

    /// <summary>Assumed birth dates (see <see cref="RegisterAge.AssumedBirthDate"/>) as day numbers.</summary>
    internal int[] Birth { get; }

    /// <summary>The <see cref="Register.Sex"/> values as bytes.</summary>
    internal byte[] Sex { get; }

    /// <summary>Index into <see cref="Communes"/>.</summary>
    internal int[] Commune { get; }

    internal int[] Death { get; }
    internal int[] Card { get; }
    internal int[] Authenticated { get; }
    internal int[] Activated { get; }

    /// <summary>The commune of person <paramref name="index"/> (0-based, in the order they were added).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the index is not that of a person.</exception>
    public RegisterCommune CommuneOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return Communes[Commune[index]];
    }
}
