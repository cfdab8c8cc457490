using SachSong.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
// The README's command serves here; --urls or ASPNETCORE_URLS choose elsewhere.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
    builder.WebHost.UseUrls("http://localhost:5000");
// Serves wwwroot (and the npm libraries copied into it) from the project when run from the build output.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddSachSongWeb(builder.Configuration);

var app = builder.Build();
await FirstRun.ExecuteAsync(app.Services, app.Configuration, Console.Out, app.Lifetime.ApplicationStopping);
app.UseSachSongWeb();
await app.RunAsync();
