using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Indicators;

/// <summary>
/// The fields of one register entry that the register's data elements depend on: what
/// <see cref="RegisterSnapshotBuilder"/> takes for each person.
/// </summary>
/// <threadsafety>Immutable value; safe to share.</threadsafety>
public readonly record struct CountedPerson
{
    public required PartialDate BirthDate { get; init; }
    public required Sex Sex { get; init; }
    public bool IsDeceased { get; init; }
    /// <summary>Day of death; when <see cref="IsDeceased"/> is set without a date the person counts as dead on every date.</summary>
    public DateOnly? DeathDate { get; init; }
    /// <summary>Kind of card held; a person holds a card when this or <see cref="IdCardIssuedOn"/> is set.</summary>
    public IdCardType? IdCardType { get; init; }
    /// <summary>Day the card was issued; a card without a date counts as held on every date.</summary>
    public DateOnly? IdCardIssuedOn { get; init; }
    public EidLevel EidLevel { get; init; }
    /// <summary>Day the level-2 e-ID was authenticated; at level 2 without a date it counts as authenticated on every date.</summary>
    public DateOnly? EidAuthenticatedOn { get; init; }
    /// <summary>Day the level-2 account was activated; without a date it is not activated.</summary>
    public DateOnly? EidActivatedOn { get; init; }

    /// <summary>The counting fields of a register record.</summary>
    public static CountedPerson From(CitizenRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new CountedPerson
        {
            BirthDate = record.BirthDate,
            Sex = record.Sex,
            IsDeceased = record.IsDeceased,
            DeathDate = record.DeathDate,
            IdCardType = record.IdCardType,
            IdCardIssuedOn = record.IdCardIssuedOn,
            EidLevel = record.EidLevel,
            EidAuthenticatedOn = record.EidAuthenticatedOn,
            EidActivatedOn = record.EidActivatedOn,
        };
    }
}
