namespace SachSong.Core.Indicators;

/// <summary>
/// A commune as the register records it: its code and the catalogue version the code belongs to (codes are reused
/// across versions, so the code alone is ambiguous).
/// </summary>
/// <param name="CatalogVersion">Catalogue version id, e.g. "2025-03".</param>
/// <param name="Code">5-digit GSO commune code.</param>
public readonly record struct RegisterCommune(string CatalogVersion, string Code);
