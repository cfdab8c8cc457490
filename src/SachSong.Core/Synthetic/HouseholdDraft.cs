using SachSong.Core.Register;

namespace SachSong.Core.Synthetic;

/// <summary>A household while the generator is building it.</summary>
internal sealed class HouseholdDraft
{
    public required CommuneProfile Commune { get; init; }
    public required string Address { get; init; }
    public required string Code { get; init; }
    public required int HeadAge { get; init; }
    public required Sex HeadSex { get; init; }
    public required string HeadFamily { get; init; }
    /// <summary>Names of this household were entered in the old tone style ("Hoà", "Thuỷ").</summary>
    public required bool OldToneStyle { get; init; }
    public int Size { get; set; }
    /// <summary>When the household moved into its commune, for the ~1% that moved in the last two years.</summary>
    public DateOnly? MovedOn { get; set; }
    public CommuneProfile? MovedFrom { get; set; }
}
