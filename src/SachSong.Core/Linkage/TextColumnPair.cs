namespace SachSong.Core.Linkage;

/// <summary>A left and a right text column compared with term-frequency adjustment.</summary>
internal sealed record TextColumnPair(TextColumn Left, TextColumn Right);
