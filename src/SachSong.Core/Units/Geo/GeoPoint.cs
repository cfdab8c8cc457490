namespace SachSong.Core.Units.Geo;

/// <summary>A position in WGS84 degrees, longitude first as GeoJSON writes it.</summary>
public readonly record struct GeoPoint(double Lon, double Lat);
