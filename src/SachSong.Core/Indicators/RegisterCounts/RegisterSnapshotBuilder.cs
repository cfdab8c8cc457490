using SachSong.Core.Register;

namespace SachSong.Core.Indicators;

/// <summary>Collects people one at a time into a <see cref="RegisterSnapshot"/>, without keeping any per-person object.</summary>
/// <threadsafety>Not thread-safe: add from one thread.</threadsafety>
public sealed class RegisterSnapshotBuilder
{
    private readonly Dictionary<RegisterCommune, int> _communeIndex = [];
    private readonly List<RegisterCommune> _communes = [];
    private int[] _birth;
    private byte[] _sex;
    private int[] _commune;
    private int[] _death;
    private int[] _card;
    private int[] _authenticated;
    private int[] _activated;
    private bool _built;

    /// <param name="capacity">Expected number of people (the arrays grow beyond it when needed).</param>
    public RegisterSnapshotBuilder(int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _birth = new int[capacity];
        _sex = new byte[capacity];
        _commune = new int[capacity];
        _death = new int[capacity];
        _card = new int[capacity];
        _authenticated = new int[capacity];
        _activated = new int[capacity];
    }

    /// <summary>Number of people added so far.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The index of a commune in the snapshot's <see cref="RegisterSnapshot.Communes"/>, adding it when new; pass it
    /// to <see cref="Add(int, in CountedPerson)"/> to skip the look-up per person.
    /// </summary>
    /// <exception cref="ArgumentException">When the version or code is blank.</exception>
    public int CommuneIndex(string catalogVersion, string communeCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogVersion);
        ArgumentException.ThrowIfNullOrWhiteSpace(communeCode);
        var key = new RegisterCommune(catalogVersion, communeCode);
        if (_communeIndex.TryGetValue(key, out var index)) return index;
        index = _communes.Count;
        _communes.Add(key);
        _communeIndex.Add(key, index);
        return index;
    }

    /// <summary>Adds a person registered in the given commune.</summary>
    /// <exception cref="ArgumentException">When the version or code is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the person's sex is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">After <see cref="Build"/>.</exception>
    public void Add(string catalogVersion, string communeCode, in CountedPerson person) =>
        Add(CommuneIndex(catalogVersion, communeCode), person);

    /// <summary>Adds a person registered in the commune with the given <see cref="CommuneIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the index was not given by <see cref="CommuneIndex"/> or the sex is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">After <see cref="Build"/>.</exception>
    public void Add(int communeIndex, in CountedPerson person)
    {
        if (_built) throw new InvalidOperationException("The snapshot has been built; start a new builder.");
        ArgumentOutOfRangeException.ThrowIfNegative(communeIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(communeIndex, _communes.Count);
        if (person.Sex is not (Sex.Male or Sex.Female))
            throw new ArgumentOutOfRangeException(nameof(person), person.Sex, "Unknown sex.");
        if (Count == _birth.Length) Grow();

        var i = Count;
        _birth[i] = RegisterAge.AssumedBirthDate(person.BirthDate).DayNumber;
        _sex[i] = (byte)person.Sex;
        _commune[i] = communeIndex;
        _death[i] = person.DeathDate is { } died ? died.DayNumber : person.IsDeceased ? RegisterSnapshot.Always : RegisterSnapshot.Never;
        _card[i] = person.IdCardIssuedOn is { } issued ? issued.DayNumber
            : person.IdCardType is not null ? RegisterSnapshot.Always : RegisterSnapshot.Never;
        var level2 = person.EidLevel == EidLevel.Level2;
        _authenticated[i] = !level2 ? RegisterSnapshot.Never
            : person.EidAuthenticatedOn is { } authenticated ? authenticated.DayNumber : RegisterSnapshot.Always;
        _activated[i] = level2 && person.EidActivatedOn is { } activated ? activated.DayNumber : RegisterSnapshot.Never;
        Count = i + 1;
    }

    /// <summary>The snapshot of everyone added; the builder cannot be used afterwards.</summary>
    public RegisterSnapshot Build()
    {
        if (_built) throw new InvalidOperationException("The snapshot has already been built.");
        _built = true;
        Resize(Count);
        return new RegisterSnapshot(_communes.ToArray(), Count, _birth, _sex, _commune, _death, _card, _authenticated, _activated);
    }

    private void Grow() => Resize(_birth.Length == 0 ? 1024 : (int)Math.Min(Array.MaxLength, 2L * _birth.Length));

    private void Resize(int size)
    {
        if (size == _birth.Length) return;
        Array.Resize(ref _birth, size);
        Array.Resize(ref _sex, size);
        Array.Resize(ref _commune, size);
        Array.Resize(ref _death, size);
        Array.Resize(ref _card, size);
        Array.Resize(ref _authenticated, size);
        Array.Resize(ref _activated, size);
    }
}
