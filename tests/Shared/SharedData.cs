namespace SachSong.TestSupport;

/// <summary>Locates ../shared/data beside the repository (reference data for tests only; never shipped).</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    });

    /// <summary>Full path of a file under shared/data; the test is skipped when the folder is absent.</summary>
    public static string PathOf(string relative)
    {
        Assert.SkipWhen(Root.Value is null, "../shared/data is not beside the repository");
        return Path.Combine(Root.Value!, relative);
    }
}
