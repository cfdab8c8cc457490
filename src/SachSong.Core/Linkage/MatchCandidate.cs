namespace SachSong.Core.Linkage;

/// <summary>A register person who may be the row's person, with the model's match probability (0..1).</summary>
/// <remarks>
/// A candidate found by the matcher refers to its row of the <see cref="RegisterIndex"/> and builds <see cref="Person"/> the
/// first time it is read: most callers read only the status and ID of a million clean matches, and materialising every
/// matched person's name and date would cost more than matching them.
/// </remarks>
public sealed class MatchCandidate
{
    private readonly RegisterIndex? _index;
    private readonly int _row;
    private RegisterPerson? _person;

    /// <summary>A candidate with its person at hand.</summary>
    public MatchCandidate(RegisterPerson person, double probability)
    {
        ArgumentNullException.ThrowIfNull(person);
        _person = person;
        Probability = probability;
    }

    internal MatchCandidate(RegisterIndex index, int row, double probability)
    {
        _index = index;
        _row = row;
        Probability = probability;
    }

    /// <summary>The register person (built on first read; safe to read from several threads).</summary>
    public RegisterPerson Person => _person ??= _index!.Person(_row);

    /// <summary>Match probability, 0..1.</summary>
    public double Probability { get; }
}
