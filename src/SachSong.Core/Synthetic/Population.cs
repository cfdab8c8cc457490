using SachSong.Core.Register;

namespace SachSong.Core.Synthetic;

/// <summary>The register as built, with what the list builder needs to know about it.</summary>
/// <param name="Citizens">The records, in household order.</param>
/// <param name="Changes">Dated changes, sorted.</param>
/// <param name="Ages">Age of each citizen on the register date (same index as <paramref name="Citizens"/>).</param>
/// <param name="IssuedIds">Numeric form of every personal ID given out, so outsiders can get numbers nobody has.</param>
/// <param name="Communes">The commune profiles in catalogue order.</param>
internal sealed record Population(
    IReadOnlyList<CitizenRecord> Citizens,
    IReadOnlyList<RegisterChange> Changes,
    int[] Ages,
    HashSet<long> IssuedIds,
    IReadOnlyList<CommuneProfile> Communes);
