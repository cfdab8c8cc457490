using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.App.Register;

/// <summary>A person in the local copy of the population register.</summary>
public sealed class Citizen
{
    private Citizen() { }

    public long Id { get; private set; }
    public string PersonalId { get; private set; } = "";
    public string FullName { get; private set; } = "";
    /// <summary>Accent-free lower-case name, indexed for search and blocking.</summary>
    public string NameKey { get; private set; } = "";
    public int BirthYear { get; private set; }
    public int? BirthMonth { get; private set; }
    public int? BirthDay { get; private set; }
    public Sex Sex { get; private set; }
    /// <summary>Digits 1–3 of the personal ID: where the birth was registered.</summary>
    public string BirthRegistrationProvince { get; private set; } = "";
    /// <summary>Catalogue version the commune code belongs to (codes are reused across versions).</summary>
    public string CatalogVersion { get; private set; } = "";
    public string CommuneCode { get; private set; } = "";
    public string Address { get; private set; } = "";
    public string? HouseholdCode { get; private set; }
    public string? RelationToHead { get; private set; }
    public bool IsDeceased { get; private set; }
    public DateOnly? DeathDate { get; private set; }
    public string? LegacyIdNumber { get; private set; }
    public IdCardType? IdCardType { get; private set; }
    public DateOnly? IdCardIssuedOn { get; private set; }
    public EidLevel EidLevel { get; private set; }
    public DateOnly? EidAuthenticatedOn { get; private set; }
    public DateOnly? EidActivatedOn { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public PartialDate BirthDate => new(BirthYear, BirthMonth, BirthDay);

    /// <summary>Brings the record up to date with a change event; apply events in date order.</summary>
    public void Apply(RegisterChange change, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.PersonalId != PersonalId) throw new InvalidOperationException("The change is about another citizen.");
        switch (change.Kind)
        {
            case RegisterChangeKind.Death:
                IsDeceased = true;
                DeathDate = change.OccurredOn;
                break;
            case RegisterChangeKind.Move when change.ToCommuneCode is not null:
                CommuneCode = change.ToCommuneCode;
                break;
            default:
                return; // births and corrections are history only; the record itself carries the corrected values
        }
        UpdatedAt = now;
    }

    public CitizenRecord ToRecord() => new()
    {
        PersonalId = PersonalId,
        FullName = FullName,
        BirthDate = BirthDate,
        Sex = Sex,
        CommuneCode = CommuneCode,
        Address = Address,
        IsDeceased = IsDeceased,
        DeathDate = DeathDate,
        HouseholdCode = HouseholdCode,
        RelationToHead = RelationToHead,
        LegacyIdNumber = LegacyIdNumber,
        IdCardType = IdCardType,
        IdCardIssuedOn = IdCardIssuedOn,
        EidLevel = EidLevel,
        EidAuthenticatedOn = EidAuthenticatedOn,
        EidActivatedOn = EidActivatedOn,
    };
}
