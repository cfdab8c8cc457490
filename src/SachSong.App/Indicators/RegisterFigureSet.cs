using SachSong.Core.Indicators;

namespace SachSong.App.Indicators;

/// <summary>
/// The register's data elements for one period, counted as of one date by <see cref="RegisterFigures"/>: per commune
/// as recorded, and per unit of each catalogue version once old communes are carried into new ones and communes are
/// rolled up to their districts and provinces.
/// </summary>
public sealed record RegisterFigureSet
{
    public required Period Period { get; init; }

    /// <summary>The date the counts are true on.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>
    /// Catalogue version → the figures of its communes, counted from the people recorded with a commune of that version
    /// (every element of <see cref="RegisterCounts.Elements"/> for every commune someone is recorded in, zeros included).
    /// </summary>
    public required IReadOnlyDictionary<string, FigureTable> Counted { get; init; }

    /// <summary>
    /// Catalogue version → the figures of its units: each commune's own count plus those of the older-version communes
    /// that went wholly into it, and the sums of the communes for the districts and provinces above them (from the
    /// parent codes of the units table). Use one version's table for a report; adding tables of two versions would count
    /// people twice.
    /// </summary>
    public required IReadOnlyDictionary<string, FigureTable> Units { get; init; }

    /// <summary>
    /// Older-version communes whose people could not be carried into a newer version: split across several new communes,
    /// merged only partly, or with no mapping. Their counts are in no unit of the newer version's table; they are reported
    /// here rather than divided by guess.
    /// </summary>
    public required IReadOnlyList<UnallocatedCommune> Unallocated { get; init; }

    /// <summary>Communes counted (or carried into a version) that the units table does not list: they are in no district's or province's sum.</summary>
    public required IReadOnlyList<RegisterCommune> UnknownCommunes { get; init; }

    /// <summary>An old commune whose counts stay unallocated in the newer version.</summary>
    /// <param name="FromVersion">The old catalogue version.</param>
    /// <param name="CommuneCode">The old commune.</param>
    /// <param name="IntoVersion">The version it could not be carried into.</param>
    /// <param name="Targets">The new communes the mapping names for it (several for a split, none without a mapping).</param>
    /// <param name="Values">Element code → its count.</param>
    public sealed record UnallocatedCommune(string FromVersion, string CommuneCode, string IntoVersion, IReadOnlyList<string> Targets,
        IReadOnlyDictionary<string, long> Values);
}
