using SachSong.Core.Text;

namespace SachSong.Core.Register;

/// <summary>
/// One person of the population register as it is exchanged in files and kept in the database.
/// Only the first seven fields are required (the register CSV columns); the rest are known when the source has them.
/// </summary>
public sealed record CitizenRecord
{
    /// <summary>12-digit personal ID.</summary>
    public required string PersonalId { get; init; }
    /// <summary>Full name, NFC, as written in the register.</summary>
    public required string FullName { get; init; }
    public required PartialDate BirthDate { get; init; }
    public required Sex Sex { get; init; }
    /// <summary>Commune of permanent residence (5-digit GSO code in the register's catalogue version).</summary>
    public required string CommuneCode { get; init; }
    /// <summary>Permanent residence below the commune: house, village (thôn).</summary>
    public required string Address { get; init; }
    public bool IsDeceased { get; init; }
    public DateOnly? DeathDate { get; init; }
    /// <summary>Household book number (số hộ).</summary>
    public string? HouseholdCode { get; init; }
    /// <summary>Relation to the head of household: "Chủ hộ", "Vợ", "Con"…</summary>
    public string? RelationToHead { get; init; }
    /// <summary>Old 9-digit CMND number, when the person had one.</summary>
    public string? LegacyIdNumber { get; init; }
    public IdCardType? IdCardType { get; init; }
    public DateOnly? IdCardIssuedOn { get; init; }
    public EidLevel EidLevel { get; init; }
    /// <summary>When the level-2 e-ID account was authenticated (approved by the police).</summary>
    public DateOnly? EidAuthenticatedOn { get; init; }
    /// <summary>When the citizen activated the account.</summary>
    public DateOnly? EidActivatedOn { get; init; }
}
