namespace SachSong.Core.Units.Formats;

/// <summary>One record of a delimited text file: its cells and the line (from 1) where it starts.</summary>
internal sealed record TextRecord(int Line, IReadOnlyList<string?> Cells);
