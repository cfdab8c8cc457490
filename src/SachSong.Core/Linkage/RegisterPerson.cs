using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Linkage;

/// <summary>A register person as the matcher sees it.</summary>
/// <param name="PersonalId">12-digit personal ID.</param>
/// <param name="FullName">Name as written in the register (NFC).</param>
/// <param name="BirthDate">Birth date, possibly year-only or month-only.</param>
/// <param name="Sex">Sex.</param>
/// <param name="CommuneCode">5-digit code of the commune of permanent residence.</param>
/// <param name="IsDeceased">Whether the person has died.</param>
/// <param name="LegacyIdNumber">Old 9-digit CMND number, when the person had one.</param>
public sealed record RegisterPerson(
    string PersonalId, string FullName, PartialDate BirthDate, Sex Sex, string CommuneCode, bool IsDeceased, string? LegacyIdNumber)
{
    /// <summary>The matcher's view of a full register record.</summary>
    public static RegisterPerson From(CitizenRecord citizen)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        return new RegisterPerson(citizen.PersonalId, citizen.FullName, citizen.BirthDate, citizen.Sex, citizen.CommuneCode,
            citizen.IsDeceased, citizen.LegacyIdNumber);
    }
}
