namespace SachSong.Core.Units.Formats;

/// <summary>
/// An administrative-unit file that is not in a recognised format or is malformed. The message is in Vietnamese,
/// names the file and, when known, where the problem is (line, row or JSON path), ready to show to the user.
/// </summary>
public sealed class UnitFileFormatException : Exception
{
    public UnitFileFormatException()
    {
    }

    public UnitFileFormatException(string message)
        : base(message)
    {
    }

    public UnitFileFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Builds the message "Tệp 'x', dòng 3: problem".</summary>
    /// <param name="fileName">The file as the user named it.</param>
    /// <param name="location">Where in the file, e.g. "dòng 3" or "data[2].level2s[0]", or null.</param>
    /// <param name="problem">What is wrong, in Vietnamese.</param>
    /// <param name="innerException">The underlying parser error, if any.</param>
    public UnitFileFormatException(string fileName, string? location, string problem, Exception? innerException = null)
        : base(Compose(fileName, location, problem), innerException)
    {
        FileName = fileName;
        Location = location;
    }

    /// <summary>The file as the user named it, when known.</summary>
    public string? FileName { get; }

    /// <summary>Where in the file the problem is ("dòng 12", "data[3].level2s[1]"), when known.</summary>
    public string? Location { get; }

    private static string Compose(string fileName, string? location, string problem) =>
        location is null ? $"Tệp '{fileName}': {problem}" : $"Tệp '{fileName}', {location}: {problem}";
}
