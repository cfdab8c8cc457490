namespace SachSong.Reports.OpenXml;

/// <summary>Who made a file and when, written into the document properties (exports of personal data carry both).</summary>
public sealed record WorkbookStamp(string Author, DateTime CreatedUtc, string? Title = null);
