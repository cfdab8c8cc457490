using System.Diagnostics;
using System.Text;
using SachSong.Core.Linkage;

namespace SachSong.App.Linkage;

/// <summary>
/// File-to-file matching without a database: a register CSV and a list CSV in, one decision line per list row out
/// (<c>row_id,status,personal_id,score,reasons</c>, list order).
/// </summary>
public sealed class MatchFiles(TimeProvider clock)
{
    /// <param name="registerPath">Register CSV.</param>
    /// <param name="listPath">List CSV.</param>
    /// <param name="outputPath">Where the decisions go (overwritten).</param>
    /// <param name="settings">Thresholds and the rest; <see cref="RegisterMatchSettings.Today"/> is set from the clock.</param>
    /// <param name="acceptValid">Match against the valid register rows even when some are rejected.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public async Task<MatchFilesResult> ExecuteAsync(string registerPath, string listPath, string outputPath, RegisterMatchSettings settings,
        bool acceptValid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var path in new[] { registerPath, listPath })
            if (!File.Exists(path)) return new MatchFilesResult.Unreadable($"Không tìm thấy tệp: {path}");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var watch = Stopwatch.StartNew();

        // Read both files at once: the register is the long one.
        var listTask = Task.Run(() => MatchListFile.Read(listPath, cancellationToken), cancellationToken);
        var register = await Task.Run(() => RegisterFileReader.Read(registerPath, today, cancellationToken), cancellationToken);
        var list = await listTask;
        if (register.HeaderError is not null) return new MatchFilesResult.Unreadable(register.HeaderError);
        if (list.HeaderError is not null) return new MatchFilesResult.Unreadable(list.HeaderError);
        var registerBadRows = register.Problems.Select(p => p.Row).Distinct().Count();
        if (list.Problems.Count > 0 || (registerBadRows > 0 && !acceptValid))
            return new MatchFilesResult.Rejected([.. list.Problems, .. register.Problems], registerBadRows, list.Problems.Select(p => p.Row).Distinct().Count());
        var readTime = watch.Elapsed;

        watch.Restart();
        var matcher = new RegisterMatcher(register.Index!, settings with { Today = today });
        var decisions = matcher.Match(list.Rows!);
        var matchTime = watch.Elapsed;

        watch.Restart();
        await using (var stream = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
        {
            DecisionFileWriter.Write(writer, decisions);
            await writer.FlushAsync(cancellationToken);
        }
        var counts = decisions.GroupBy(d => d.Status).ToDictionary(g => g.Key, g => g.Count());
        return new MatchFilesResult.Completed(register.Index!.Count, decisions.Count, counts.GetValueOrDefault(MatchStatus.Matched),
            counts.GetValueOrDefault(MatchStatus.Review), counts.GetValueOrDefault(MatchStatus.Unmatched), register.Problems, matcher.Model,
            matcher.Log, readTime, matchTime, watch.Elapsed);
    }
}
