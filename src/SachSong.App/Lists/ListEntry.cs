using SachSong.Core.Linkage;

namespace SachSong.App.Lists;

/// <summary>
/// One person-row of a list: the values as the list gives them (corrected over the rounds) and the current outcome of matching.
/// </summary>
public sealed class ListEntry
{
    private ListEntry() { }

    public ListEntry(long listId, long versionId, string rowKey, string? sheet, int rowNumber, ListEntryValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ListId = listId;
        VersionId = versionId;
        RowKey = rowKey;
        Sheet = sheet;
        RowNumber = rowNumber;
        SetValues(values);
        NeedsMatch = true;
    }

    public long Id { get; private set; }
    public long ListId { get; private set; }
    public long VersionId { get; private set; }
    /// <summary>Stable key of the row within its list (the row_id column, or sheet and row number).</summary>
    public string RowKey { get; private set; } = "";
    public string? Sheet { get; private set; }
    public int RowNumber { get; private set; }

    public string? PersonalId { get; private set; }
    public string? FullName { get; private set; }
    public string? BirthDate { get; private set; }
    public string? Sex { get; private set; }
    /// <summary>Commune the list puts the person in (code in the list's unit catalogue version).</summary>
    public string? CommuneCode { get; private set; }
    public string? Village { get; private set; }

    public MatchStatus? Status { get; private set; }
    public string? MatchedPersonalId { get; private set; }
    public double? Score { get; private set; }
    /// <summary>Reason codes, ';'-separated.</summary>
    public string Reasons { get; private set; } = "";
    /// <summary>Register candidates of a review row, best first, ';'-separated personal IDs.</summary>
    public string Candidates { get; private set; } = "";
    public int? MatchedInRound { get; private set; }
    /// <summary>New, corrected or touched by a register change since the last round.</summary>
    public bool NeedsMatch { get; private set; }
    /// <summary>The register record of the matched person changed after the match (death, move, correction).</summary>
    public bool RegisterChanged { get; private set; }
    /// <summary>A person's decision on a review row: the personal ID chosen, or empty for "not in the register".</summary>
    public string? ReviewDecision { get; private set; }

    public ListEntryValues Values => new(PersonalId, FullName, BirthDate, Sex, CommuneCode, Village);

    public ListRow ToListRow() => new(RowKey, PersonalId, FullName, BirthDate, Sex, CommuneCode);

    public IReadOnlyList<string> CandidateIds => Candidates.Split(';', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<MatchReason> ReasonList =>
        Reasons.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(MatchReasons.FromCode).OfType<MatchReason>().ToList();

    public void SetValues(ListEntryValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        PersonalId = values.PersonalId;
        FullName = values.FullName;
        BirthDate = values.BirthDate;
        Sex = values.Sex;
        CommuneCode = values.CommuneCode;
        Village = values.Village;
        NeedsMatch = true;
    }

    public void Record(MatchDecision decision, int round)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Status = decision.Status;
        MatchedPersonalId = decision.PersonalId;
        Score = decision.Score;
        Reasons = string.Join(';', decision.Reasons.Select(MatchReasons.Code));
        Candidates = string.Join(';', decision.Candidates.Take(5).Select(c => c.Person.PersonalId));
        ReviewDecision = null;
        MatchedInRound = round;
        NeedsMatch = false;
        RegisterChanged = false;
    }

    /// <summary>A person settles a review row: matched to <paramref name="personalId"/>, or not in the register (null).</summary>
    public void Decide(string? personalId, int round)
    {
        if (Status != MatchStatus.Review) throw new InvalidOperationException("Only a review row takes a decision.");
        ReviewDecision = personalId ?? "";
        Status = personalId is null ? MatchStatus.Unmatched : MatchStatus.Matched;
        MatchedPersonalId = personalId;
        MatchedInRound = round;
    }

    /// <summary>The row is carried into a new version of the list.</summary>
    public void MoveTo(long versionId) => VersionId = versionId;

    public void FlagRegisterChange()
    {
        RegisterChanged = true;
        NeedsMatch = true;
    }
}
