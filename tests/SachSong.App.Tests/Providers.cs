namespace SachSong.App.Tests;

/// <summary>The provider matrix: every persistence test runs on SQLite and on PostgreSQL.</summary>
public static class Providers
{
    public static TheoryData<string> All => new("sqlite", "postgres");
}
