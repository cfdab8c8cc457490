using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Indicators;

namespace SachSong.App.Indicators;

/// <summary>Sets (or replaces) a target for an indicator, for every unit and period or only one unit and/or period.</summary>
public sealed class SetIndicatorTarget(Database database, TimeProvider clock)
{
    /// <summary>Null when saved; else why not.</summary>
    public async Task<string?> ExecuteAsync(string indicatorCode, decimal percent, string? unitCode, string? period, DateOnly? deadline, string setBy,
        CancellationToken cancellationToken)
    {
        var catalogue = await IndicatorStore.LoadCatalogueAsync(database, cancellationToken);
        if (catalogue.FindIndicator(indicatorCode) is null) return $"Không có chỉ số '{indicatorCode}'";
        if (percent is < 0 or > 1000) return $"Chỉ tiêu {percent}% không hợp lệ";
        string? canonical = null;
        if (period is not null)
        {
            var parsed = Period.Parse(period);
            if (!parsed.Success) return parsed.Error;
            canonical = parsed.Value.ToString();
        }
        var unit = string.IsNullOrWhiteSpace(unitCode) ? "" : unitCode.Trim();
        var key = canonical ?? "";
        await using var db = database.CreateContext();
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.IndicatorTargets.SingleOrDefaultAsync(t => t.IndicatorCode == indicatorCode && t.UnitCode == unit && t.Period == key, cancellationToken);
        if (row is null) db.IndicatorTargets.Add(new IndicatorTargetRecord(indicatorCode, unit, canonical, percent, deadline, setBy, now));
        else row.Update(percent, deadline, setBy, now);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
