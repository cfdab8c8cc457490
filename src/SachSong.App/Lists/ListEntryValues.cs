namespace SachSong.App.Lists;

/// <summary>The values of a list row that matching uses, as the list gives them.</summary>
public sealed record ListEntryValues(string? PersonalId, string? FullName, string? BirthDate, string? Sex, string? CommuneCode, string? Village);
