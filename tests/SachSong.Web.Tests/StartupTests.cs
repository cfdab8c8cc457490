using System.Diagnostics;

namespace SachSong.Web.Tests;

/// <summary>The built app as a user starts it, when its database cannot be reached.</summary>
public sealed class StartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnreachableDatabase_StopsWithOneMessageNamingIt_WithoutThePasswordOrAStackTrace()
    {
        var folder = Directory.CreateTempSubdirectory("sachsong-web-start-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "sachsong-web.dll"), "--urls", "http://127.0.0.1:0"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            start.Environment["SACHSONG_DATA"] = folder;
            start.Environment["SACHSONG_DATABASE"] = "Host=127.0.0.1;Port=1;Username=sachsong;Password=bi-mat-9;Database=sachsong;Timeout=5";
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync(Ct);
            var output = process.StandardOutput.ReadToEndAsync(Ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            var message = await error + await output;

            Assert.Equal(1, process.ExitCode);
            Assert.Contains("SachSong không khởi động được (PostgreSQL: Host=127.0.0.1;Port=1;", message, StringComparison.Ordinal);
            Assert.DoesNotContain("bi-mat-9", message, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
