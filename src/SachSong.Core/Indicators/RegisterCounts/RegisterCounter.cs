using SachSong.Core.Register;

namespace SachSong.Core.Indicators;

/// <summary>
/// Counts the built-in data elements the register knows, per commune, as of a date D, in one pass over a
/// <see cref="RegisterSnapshot"/> (in parallel over rows for a large one, each thread with its own counts).
/// </summary>
/// <remarks>
/// <para>A person counts only when born on or before D (see <see cref="RegisterAge"/> for partial birth dates) and alive on
/// D, that is without a death on or before D: someone who died after D is counted, someone deceased without a date is
/// not. Ages are whole years on D.</para>
/// <list type="bullet">
/// <item><c>children_under6.total</c>: age below 6; <c>.cards_issued</c>: of them, those holding an identity card issued on
/// or before D (a card with no issue date counts).</item>
/// <item><c>children_6to14.total</c> and <c>.cards_issued</c>: the same for 6 ≤ age &lt; 14.</item>
/// <item><c>eid.cards_issued</c>: people aged 14 or more holding a card on D. The children's cards are counted by the two
/// elements above and left out here, because this element is the base of the level-2 e-ID authentication rate and the
/// e-ID is issued with the chip card from age 14 (children's Căn cước cards, issued from 1 July 2024, would otherwise
/// inflate that base).</item>
/// <item><c>eid.authenticated</c>: people of any age whose e-ID is level 2 and was authenticated on or before D (level 2
/// with no date counts). In a consistent register these all hold a card and are 14 or older, so this is at most
/// <c>eid.cards_issued</c>.</item>
/// <item><c>eid.activated</c>: of the authenticated, those who activated the account on or before D.</item>
/// <item><c>workers.working_age</c>: aged 15 or more and below the retirement age on D (<see cref="RetirementAge"/>).</item>
/// </list>
/// </remarks>
public static class RegisterCounter
{
    /// <summary>Below this many people one thread counts them all.</summary>
    internal const int ParallelThreshold = 250_000;

    private const int RowsPerChunk = 1 << 16;

    /// <summary>Counts the elements per commune as of <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the date is before year 100.</exception>
    public static RegisterCounts Count(RegisterSnapshot snapshot, DateOnly asOf) => Count(snapshot, asOf, ParallelThreshold);

    internal static RegisterCounts Count(RegisterSnapshot snapshot, DateOnly asOf, int parallelThreshold)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var limits = new Limits(asOf);
        var width = snapshot.Communes.Count * RegisterCounts.Width;
        var totals = new long[width];
        var rows = snapshot.Count;
        if (rows < parallelThreshold)
        {
            var counts = new int[width];
            CountRows(snapshot, limits, 0, rows, counts);
            AddTo(totals, counts);
        }
        else
        {
            var gate = new Lock();
            Parallel.For(0, (rows + RowsPerChunk - 1) / RowsPerChunk,
                () => new int[width],
                (chunk, _, counts) =>
                {
                    var from = chunk * RowsPerChunk;
                    CountRows(snapshot, limits, from, Math.Min(rows, from + RowsPerChunk), counts);
                    return counts;
                },
                counts =>
                {
                    lock (gate) AddTo(totals, counts);
                });
        }
        return new RegisterCounts(asOf, snapshot.Communes, totals);
    }

    // The hot loop. Every age test is a comparison of the birth day number with the latest birth date of someone who has
    // reached that age on D, worked out once per count. A thread's counts are ints: none can exceed the number of rows.
    private static void CountRows(RegisterSnapshot snapshot, in Limits limits, int from, int to, int[] counts)
    {
        var birth = snapshot.Birth.AsSpan(from, to - from);
        var sex = snapshot.Sex.AsSpan(from, to - from);
        var commune = snapshot.Commune.AsSpan(from, to - from);
        var death = snapshot.Death.AsSpan(from, to - from);
        var card = snapshot.Card.AsSpan(from, to - from);
        var authenticated = snapshot.Authenticated.AsSpan(from, to - from);
        var activated = snapshot.Activated.AsSpan(from, to - from);
        var asOf = limits.AsOf;
        var age6 = limits.Age6;
        var age14 = limits.Age14;
        var age15 = limits.Age15;
        var retiredMale = limits.RetiredMale;
        var retiredFemale = limits.RetiredFemale;
        unchecked
        {
            for (var i = 0; i < birth.Length; i++)
            {
                var b = birth[i];
                if (b > asOf || death[i] <= asOf) continue;
                var o = commune[i] * RegisterCounts.Width;
                var hasCard = card[i] <= asOf ? 1 : 0;
                if (b > age6)
                {
                    counts[o + RegisterCounts.Under6Total]++;
                    counts[o + RegisterCounts.Under6Cards] += hasCard;
                }
                else if (b > age14)
                {
                    counts[o + RegisterCounts.From6To14Total]++;
                    counts[o + RegisterCounts.From6To14Cards] += hasCard;
                }
                else
                {
                    counts[o + RegisterCounts.EidCards] += hasCard;
                    if (b <= age15 && b > (sex[i] == (byte)Sex.Male ? retiredMale : retiredFemale)) counts[o + RegisterCounts.WorkingAge]++;
                }
                if (authenticated[i] <= asOf)
                {
                    counts[o + RegisterCounts.EidAuthenticated]++;
                    if (activated[i] <= asOf) counts[o + RegisterCounts.EidActivated]++;
                }
            }
        }
    }

    private static void AddTo(long[] totals, int[] counts)
    {
        for (var i = 0; i < totals.Length; i++) totals[i] += counts[i];
    }

    /// <summary>D and the latest birth dates of the age limits on D, as day numbers.</summary>
    private readonly struct Limits
    {
        public Limits(DateOnly asOf)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(asOf.Year, 100, nameof(asOf));
            AsOf = asOf.DayNumber;
            Age6 = RegisterAge.LatestBirthDate(asOf, 6 * 12).DayNumber;
            Age14 = RegisterAge.LatestBirthDate(asOf, 14 * 12).DayNumber;
            Age15 = RegisterAge.LatestBirthDate(asOf, 15 * 12).DayNumber;
            RetiredMale = RetirementAge.LatestRetiredBirthDate(Sex.Male, asOf).DayNumber;
            RetiredFemale = RetirementAge.LatestRetiredBirthDate(Sex.Female, asOf).DayNumber;
        }

        public int AsOf { get; }
        public int Age6 { get; }
        public int Age14 { get; }
        public int Age15 { get; }
        public int RetiredMale { get; }
        public int RetiredFemale { get; }
    }
}
