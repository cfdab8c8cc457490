using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Indicators;
using SachSong.Core.Units;

namespace SachSong.App.Indicators;

/// <summary>
/// Sets (or replaces) a target for an indicator, for every unit and period or only one unit (a code or a name, which must
/// exist) and/or period.
/// </summary>
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
        var unit = "";
        if (!string.IsNullOrWhiteSpace(unitCode))
        {
            // A code nobody has would be saved and then never apply: resolve it (a name works too) as of the period's end.
            var units = await UnitDirectory.LoadAsync(database, cancellationToken);
            var on = canonical is null ? DateOnly.FromDateTime(clock.GetLocalNow().DateTime) : Period.Parse(canonical).Value.End;
            var resolved = units.Resolve(unitCode, on);
            if (resolved is not UnitResolution.Found found) return resolved.ToString();
            unit = found.Unit.Code;
        }
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
