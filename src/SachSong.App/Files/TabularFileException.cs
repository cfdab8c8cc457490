namespace SachSong.App.Files;

/// <summary>A file that cannot be read at all (not a spreadsheet, corrupt, wrong encoding); the message names the file.</summary>
public sealed class TabularFileException : Exception
{
    public TabularFileException() { }
    public TabularFileException(string message) : base(message) { }
    public TabularFileException(string message, Exception innerException) : base(message, innerException) { }
}
