namespace SachSong.Core.Indicators;

/// <summary>A snapshot as the forecast used it: its date, days since the window's first point (x) and exact percentage (y).</summary>
public sealed record ForecastPoint(DateOnly Date, int Day, decimal Percent);
