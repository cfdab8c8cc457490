using SachSong.App.Storage;

namespace SachSong.Web.Hosting;

/// <summary>The unscoped database, for what happens before anyone is known (sign-in, API keys, first run). Requests use the scoped <see cref="Database"/>.</summary>
public sealed record RootDatabase(Database Database);
