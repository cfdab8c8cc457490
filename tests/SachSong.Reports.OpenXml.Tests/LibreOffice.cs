using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace SachSong.Reports.OpenXml.Tests;

/// <summary>Runs LibreOffice headless to turn documents into PDF, each run with a profile of its own so parallel runs do not clash.</summary>
internal static partial class LibreOffice
{
    private static readonly string[] KnownPaths = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

    /// <summary>The soffice executable on the PATH or in a usual place, or null when LibreOffice is not installed.</summary>
    public static string? Find()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "soffice"));
        return onPath.Concat(KnownPaths).FirstOrDefault(File.Exists);
    }

    /// <summary>Converts each file to a PDF of the same name in <paramref name="outputDirectory"/> and returns the PDFs' paths.</summary>
    /// <exception cref="TimeoutException">LibreOffice took longer than <paramref name="timeout"/>; it has been stopped.</exception>
    public static async Task<IReadOnlyList<string>> ConvertToPdfAsync(string soffice, IReadOnlyList<string> files, string outputDirectory,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outputDirectory })
            start.ArgumentList.Add(argument);
        foreach (var file in files) start.ArgumentList.Add(file);
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException($"soffice did not finish within {timeout}.");
            }
            var pdfs = files.Select(f => Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(f) + ".pdf")).ToList();
            if (process.ExitCode != 0 || !pdfs.All(File.Exists))
                throw new InvalidOperationException($"soffice exited with {process.ExitCode}.\n{await output}\n{await error}");
            return pdfs;
        }
        finally
        {
            try
            {
                if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A profile left in the temp folder costs nothing; the test result is what matters.
            }
        }
    }

    /// <summary>How many pages a PDF has: its page objects ("/Type /Page", not "/Pages"), which LibreOffice writes uncompressed.</summary>
    public static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
