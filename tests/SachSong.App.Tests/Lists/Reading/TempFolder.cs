namespace SachSong.App.Tests.Lists.Reading;

/// <summary>A folder of its own for one test's files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sachsong-lists-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Save(XlsxBook book, string name)
    {
        var path = File(name);
        book.Save(path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A reader still holding the file on a slow machine: the OS cleans temp folders.
        }
    }
}
