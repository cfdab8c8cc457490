namespace SachSong.Core.Linkage;

/// <summary>Why a row was decided the way it was; see <see cref="MatchReasons"/> for the codes and texts.</summary>
public enum MatchReason
{
    /// <summary>The typed ID is not a structurally valid personal ID (wrong length, letters, unknown province code).</summary>
    IdInvalid,
    /// <summary>The typed ID (or 9-digit CMND) is valid but nobody in the register has it.</summary>
    IdNotFound,
    /// <summary>The typed ID exists in the register but names somebody else than the row's person.</summary>
    IdBelongsToOtherPerson,
    /// <summary>The name differs from the register's beyond case, spacing and tone placement.</summary>
    NameDiffers,
    /// <summary>The birth date cannot be the register's (a partial date that agrees is not a difference).</summary>
    BirthDateDiffers,
    /// <summary>The sex written differs from the register's.</summary>
    SexDiffers,
    /// <summary>The register person has died.</summary>
    Deceased,
    /// <summary>The person is already matched to another row of the same list.</summary>
    DuplicateInList,
    /// <summary>More than one register person is a plausible match.</summary>
    MultipleCandidates,
    /// <summary>The row's commune differs from the person's commune of residence in the register.</summary>
    NotInUnit,
    /// <summary>The row gives the person's old 9-digit CMND number instead of the personal ID.</summary>
    LegacyIdUsed,
}
