using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Linkage;

/// <summary>
/// Collects register people column-wise into a <see cref="RegisterIndex"/>: names as interned words, dates packed,
/// IDs as numbers. Memory per person is a few dozen bytes, so ten million people fit in well under a gigabyte.
/// </summary>
/// <threadsafety>Not thread-safe: add from one thread.</threadsafety>
public sealed class RegisterIndexBuilder
{
    private readonly TokenTable _tokens = new();
    private readonly DigitsColumn _ids;
    private readonly DigitsColumn _legacy;
    private readonly TextColumn _names;
    private readonly DateColumn _births;
    private readonly CodeColumn _sexes;
    private readonly CodeColumn _communes;
    private bool[] _deceased;
    private int _count;
    private bool _built;

    public RegisterIndexBuilder(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _ids = new DigitsColumn(RegisterColumns.PersonalId, capacity);
        _legacy = new DigitsColumn(RegisterColumns.LegacyId, capacity);
        _names = new TextColumn(RegisterColumns.FullName, _tokens, capacity);
        _births = new DateColumn(RegisterColumns.BirthDate, capacity);
        _sexes = new CodeColumn(RegisterColumns.Sex, _tokens, capacity);
        _communes = new CodeColumn(RegisterColumns.CommuneCode, _tokens, capacity);
        _deceased = new bool[Math.Max(16, capacity)];
    }

    public int Count => _count;

    /// <exception cref="ArgumentException">When the personal ID is not 1–18 digits.</exception>
    public void Add(RegisterPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        Add(person.PersonalId, person.FullName, DateColumn.Pack(person.BirthDate), person.Sex, person.CommuneCode, person.IsDeceased, person.LegacyIdNumber);
    }

    /// <summary>Adds a person from already-checked values (the fast path of file readers).</summary>
    /// <param name="personalId">The personal ID's digits.</param>
    /// <param name="fullName">The name; split into words at white space.</param>
    /// <param name="packedBirthDate">yyyymmdd with 00 for an unknown month or day (see <see cref="DateColumn.Pack"/>).</param>
    /// <param name="sex">Sex.</param>
    /// <param name="communeCode">Commune code.</param>
    /// <param name="deceased">Whether the person has died.</param>
    /// <param name="legacyId">Old CMND digits, or empty.</param>
    /// <exception cref="ArgumentException">When the personal ID is not 1–18 digits.</exception>
    public void Add(ReadOnlySpan<char> personalId, string fullName, int packedBirthDate, Sex sex, ReadOnlySpan<char> communeCode, bool deceased,
        ReadOnlySpan<char> legacyId)
    {
        if (_built) throw new InvalidOperationException("The index is built; start a new builder.");
        if (!DigitsColumn.TryParse(personalId, out var id, out var length))
            throw new ArgumentException($"Personal ID '{personalId}' is not 1–{DigitsColumn.MaxDigits} digits.", nameof(personalId));
        _ids.AddValue(id, length);
        _legacy.Add(legacyId);
        _names.Add(fullName);
        _births.AddPacked(packedBirthDate);
        _sexes.Add(sex == Sex.Female ? "2" : "1");
        _communes.AddId(communeCode.Trim().Length == 0 ? -1 : _tokens.Intern(communeCode.Trim()));
        if (_count == _deceased.Length) Array.Resize(ref _deceased, LinkageColumn.Grow(_deceased.Length, _count + 1));
        _deceased[_count++] = deceased;
    }

    /// <summary>Finishes the index: trims spare capacity and builds the ID hash indexes.</summary>
    public RegisterIndex Build()
    {
        if (_built) throw new InvalidOperationException("Build was already called.");
        _built = true;
        _ids.TrimExcess();
        _legacy.TrimExcess();
        _names.TrimExcess();
        _births.TrimExcess();
        _sexes.TrimExcess();
        _communes.TrimExcess();
        Array.Resize(ref _deceased, _count);
        _ids.BuildIndex();
        _legacy.BuildIndex();
        var table = new LinkageTable([_ids, _legacy, _names, _births, _sexes, _communes]);
        return new RegisterIndex(table, _tokens, _deceased);
    }

    internal static int PackOrZero(PartialDate? date) => date is { } d ? DateColumn.Pack(d) : 0;
}
