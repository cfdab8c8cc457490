using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace SachSong.Bench.Web;

/// <summary>The built web app (<c>sachsong-web.dll</c>) as a child process on a free loopback port, on the bench's data folder.</summary>
internal sealed partial class WebAppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringWriter _log = new(CultureInfo.InvariantCulture);

    private WebAppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>What the app printed so far.</summary>
    public string Log { get { lock (_log) return _log.ToString(); } }

    /// <summary>Starts the app and waits until it answers (the first run on an empty folder generates the register first).</summary>
    public static async Task<WebAppProcess> StartAsync(string dll, string dataFolder, string? database, int people, TimeSpan startTimeout, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["SACHSONG_DATA"] = dataFolder;
        if (database is not null) start.Environment["SACHSONG_DATABASE"] = database;
        start.Environment["Demo__People"] = people.ToString(CultureInfo.InvariantCulture);
        start.Environment["RateLimits__SignInPerMinute"] = "100000";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var app = new WebAppProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), address);

        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var until = Stopwatch.StartNew();
        while (until.Elapsed < startTimeout)
        {
            if (app._process.HasExited) throw new InvalidOperationException("The web app stopped:\n" + app.Log);
            try
            {
                using var response = await probe.GetAsync(new Uri("Account/SignIn", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { }
            await Task.Delay(500, cancellationToken);
        }
        await app.DisposeAsync();
        throw new TimeoutException($"The web app did not answer within {startTimeout}:\n{app.Log}");
    }

    /// <summary>A client signed in through the sign-in form (antiforgery token included), with its own cookies and connection.</summary>
    public async Task<HttpClient> SignedInAsync(string user, string password, CancellationToken cancellationToken)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        var form = await client.GetStringAsync(new Uri("Account/SignIn", UriKind.Relative), cancellationToken);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(form).Groups[1].Value);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = user, ["password"] = password, ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("Account/SignIn", UriKind.Relative), content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {user} answered {(int)response.StatusCode}");
        return client;
    }

    /// <summary>Processor time the app has used so far.</summary>
    public TimeSpan ProcessorTime { get { _process.Refresh(); return _process.TotalProcessorTime; } }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        await _log.DisposeAsync();
    }
}
