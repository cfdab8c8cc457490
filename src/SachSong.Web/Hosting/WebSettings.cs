using SachSong.App.Storage;

namespace SachSong.Web.Hosting;

/// <summary>Where the web app's data lives, resolved as the CLI does: <c>Database</c> setting or <c>SACHSONG_DATABASE</c>, <c>SACHSONG_DATA</c>.</summary>
public static class WebSettings
{
    /// <summary>Configuration key for the database (a SQLite file or a PostgreSQL connection string).</summary>
    public const string DatabaseKey = "Database";
    /// <summary>How many people the demo district has when it is generated on first run.</summary>
    public const string DemoPeopleKey = "Demo:People";
    /// <summary>Set to false to start without generating the demo district.</summary>
    public const string DemoEnabledKey = "Demo:Enabled";

    public static DatabaseSettings Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return DatabaseSettings.Resolve(configuration[DatabaseKey], name => configuration[name] ?? Environment.GetEnvironmentVariable(name));
    }
}
