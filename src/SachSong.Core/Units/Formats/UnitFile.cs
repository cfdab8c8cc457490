namespace SachSong.Core.Units.Formats;

/// <summary>
/// What one administrative-unit file contained: units of a catalogue version, old→new mapping links, or both.
/// </summary>
/// <param name="Format">Short human name of the detected format (one of <see cref="UnitFileFormats"/>).</param>
/// <param name="Units">Units in file order, each unique by (version, level, code); names are NFC and white-space cleaned.</param>
/// <param name="Mappings">
/// Old→new links from version "2025-03" to "2025-07": communes (5-digit codes) and provinces (2-digit codes);
/// a few links start from an island district without communes (3-digit old code).
/// </param>
/// <param name="Warnings">Things that were read but look doubtful, in Vietnamese, each naming where it was found.</param>
public sealed record UnitFile(
    string Format,
    IReadOnlyList<AdministrativeUnit> Units,
    IReadOnlyList<UnitMapping> Mappings,
    IReadOnlyList<string> Warnings);
