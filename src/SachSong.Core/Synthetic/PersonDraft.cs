using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Synthetic;

/// <summary>A person while the generator is still deciding about them; a struct so a million of them are one array.</summary>
internal struct PersonDraft
{
    public int Household;
    public int Age;
    public Sex Sex;
    public string Relation;
    public string Family;
    public DateOnly Birth;
    public PartialDate BirthDate;
    public string FullName;
    public string PersonalId;
    public string? LegacyId;
    public DateOnly? Death;
    public IdCardType? Card;
    public DateOnly? CardIssued;
    public EidLevel Eid;
    public DateOnly? EidAuthenticated;
    public DateOnly? EidActivated;
}
