namespace SachSong.Web.Tests.EndToEnd;

/// <summary>The browser flows share one served app and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
