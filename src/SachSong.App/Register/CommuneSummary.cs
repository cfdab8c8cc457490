namespace SachSong.App.Register;

/// <summary>Counts of one commune's register, as of now.</summary>
public sealed record CommuneSummary(string CommuneCode, string CommuneName, int People, int Living, int WithIdCard, int EidLevel2, int EidActivated);
