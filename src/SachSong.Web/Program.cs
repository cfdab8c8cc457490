using SachSong.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
// The README's command serves here; --urls or ASPNETCORE_URLS choose elsewhere.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
    builder.WebHost.UseUrls("http://localhost:5000");
// Serves wwwroot (and the npm libraries copied into it) from the project when run from the build output.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddSachSongWeb(builder.Configuration);

var app = builder.Build();
try
{
    await FirstRun.ExecuteAsync(app.Services, app.Configuration, Console.Out, app.Lifetime.ApplicationStopping);
}
catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
{
    // A database that cannot be reached or a data folder that cannot be written: one message, not a stack trace.
    var where = app.Services.GetRequiredService<RootDatabase>().Database.Settings.Describe();
    await Console.Error.WriteLineAsync($"SachSong không khởi động được ({where}): {e.Message}");
    return 1;
}
app.UseSachSongWeb();
await app.RunAsync();
return 0;
