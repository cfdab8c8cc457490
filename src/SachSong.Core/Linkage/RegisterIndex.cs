using SachSong.Core.Register;

namespace SachSong.Core.Linkage;

/// <summary>
/// The register in memory for matching: column-wise (no object per person), with hash indexes on the personal ID and
/// the old CMND number. Immutable once built and safe to share between matchers and threads.
/// </summary>
public sealed class RegisterIndex
{
    private readonly bool[] _deceased;

    internal RegisterIndex(LinkageTable table, TokenTable tokens, bool[] deceased)
    {
        Table = table;
        Tokens = tokens;
        _deceased = deceased;
        Ids = table.Column<DigitsColumn>(RegisterColumns.PersonalId);
        LegacyIds = table.Column<DigitsColumn>(RegisterColumns.LegacyId);
        Names = table.Column<TextColumn>(RegisterColumns.FullName);
        BirthDates = table.Column<DateColumn>(RegisterColumns.BirthDate);
        Sexes = table.Column<CodeColumn>(RegisterColumns.Sex);
        Communes = table.Column<CodeColumn>(RegisterColumns.CommuneCode);
        // Freeze the words so list overlays can be made from it concurrently.
        Tokens.CreateOverlay();
    }

    /// <summary>Builds an index of the given people (IDs are digit strings; the first of two equal IDs wins in lookups).</summary>
    public static RegisterIndex Build(IEnumerable<RegisterPerson> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var builder = new RegisterIndexBuilder(people is ICollection<RegisterPerson> c ? c.Count : 0);
        foreach (var p in people) builder.Add(p);
        return builder.Build();
    }

    /// <summary>Number of people.</summary>
    public int Count => Table.Count;

    /// <summary>The register as a linkage table (columns named as in <see cref="RegisterColumns"/>).</summary>
    public LinkageTable Table { get; }

    internal TokenTable Tokens { get; }
    internal DigitsColumn Ids { get; }
    internal DigitsColumn LegacyIds { get; }
    internal TextColumn Names { get; }
    internal DateColumn BirthDates { get; }
    internal CodeColumn Sexes { get; }
    internal CodeColumn Communes { get; }

    /// <summary>The person with this personal ID, or null.</summary>
    public RegisterPerson? Find(string personalId)
    {
        var row = RowOf(personalId);
        return row < 0 ? null : Person(row);
    }

    /// <summary>The person whose old 9-digit CMND number this is, or null.</summary>
    public RegisterPerson? FindByLegacyId(string legacyId)
    {
        if (!DigitsColumn.TryParse((legacyId ?? string.Empty).Trim(), out var v, out var n)) return null;
        var row = LegacyIds.FindFirst(v, n);
        return row < 0 ? null : Person(row);
    }

    /// <summary>Row of a personal ID, or -1.</summary>
    public int RowOf(string personalId) =>
        DigitsColumn.TryParse((personalId ?? string.Empty).Trim(), out var v, out var n) ? Ids.FindFirst(v, n) : -1;

    /// <summary>The person at a row (0 ≤ row &lt; <see cref="Count"/>).</summary>
    public RegisterPerson Person(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        return new RegisterPerson(
            Ids.Text(row)!,
            Names.Text(row),
            BirthDates.Date(row) ?? new Text.PartialDate(1),
            string.Equals(Sexes.Code(row), "2", StringComparison.Ordinal) ? Sex.Female : Sex.Male,
            Communes.Code(row) ?? string.Empty,
            _deceased[row],
            LegacyIds.Text(row));
    }

    internal bool IsDeceased(int row) => _deceased[row];
}
