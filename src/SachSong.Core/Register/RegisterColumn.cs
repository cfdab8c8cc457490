namespace SachSong.Core.Register;

/// <summary>The columns of the register exchange file; the first seven are the contract, the rest optional.</summary>
public enum RegisterColumn
{
    PersonalId,
    FullName,
    BirthDate,
    Sex,
    CommuneCode,
    Address,
    Deceased,
    DeathDate,
    HouseholdCode,
    RelationToHead,
    LegacyId,
    IdCardType,
    IdCardIssuedOn,
    EidLevel,
    EidAuthenticatedOn,
    EidActivatedOn,
}
