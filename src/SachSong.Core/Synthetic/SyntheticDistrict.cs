using SachSong.Core.Register;

namespace SachSong.Core.Synthetic;

/// <summary>A synthetic population register of Huyện Bình Sơn, its change events, and sectoral lists drawn from it with known errors.</summary>
/// <param name="Citizens">Everyone in the register, living and recently deceased.</param>
/// <param name="Changes">Births, deaths, moves and corrections, ordered by date then personal ID.</param>
/// <param name="Lists">One list per program of <see cref="SyntheticPrograms.All"/>, in that order.</param>
public sealed record SyntheticDistrict(
    IReadOnlyList<CitizenRecord> Citizens,
    IReadOnlyList<RegisterChange> Changes,
    IReadOnlyList<SyntheticList> Lists);
