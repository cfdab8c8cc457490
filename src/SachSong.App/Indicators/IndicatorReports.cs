using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Indicators;
using SachSong.Core.Text;
using SachSong.Core.Units;

namespace SachSong.App.Indicators;

/// <summary>
/// Builds ranking reports from a figures file or from stored figures, keeps per-period snapshots of every rate, forecasts
/// when units below target will reach it, and lists units that have not reported.
/// </summary>
public sealed class IndicatorReports(Database database, TimeProvider clock)
{
    public abstract record Outcome
    {
        private Outcome() { }

        /// <summary>
        /// The report, the catalogue version its units belong to (the version to take and read snapshots in), and the
        /// old units whose figures could not be placed in a new unit (split units).
        /// </summary>
        public sealed record Built(RankingReport Report, string CatalogVersion, IReadOnlyList<Figure> Unallocated) : Outcome;

        public sealed record Rejected(IReadOnlyList<string> Problems) : Outcome;
    }

    /// <summary>Builds a report.</summary>
    /// <param name="figuresFile">A figures file to report from; null for the stored figures.</param>
    /// <param name="indicatorCodes">Indicators in order; the first orders the rows.</param>
    /// <param name="period">The period.</param>
    /// <param name="parent">The parent unit as typed (code or name); null for the one parent of the units in the figures.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="register">
    /// Counts from the register: when given, they replace reported values of the elements the register knows (children
    /// by age and card, e-ID, working age) and the other elements still come from the figures.
    /// </param>
    public async Task<Outcome> BuildAsync(string? figuresFile, IReadOnlyList<string> indicatorCodes, Period period, string? parent,
        CancellationToken cancellationToken, RegisterFigureSet? register = null)
    {
        ArgumentNullException.ThrowIfNull(indicatorCodes);
        var units = await UnitDirectory.LoadAsync(database, cancellationToken);
        var catalogue = await IndicatorStore.LoadCatalogueAsync(database, cancellationToken);
        var targets = await IndicatorStore.LoadTargetsAsync(database, cancellationToken);
        var problems = indicatorCodes.Where(c => catalogue.FindIndicator(c) is null)
            .Select(c => $"Không có chỉ số '{c}'. Có: {string.Join(", ", catalogue.Indicators.Select(i => i.Code))}").ToList();
        if (indicatorCodes.Count == 0) problems.Add("Cần ít nhất một --indicator");
        if (indicatorCodes.Distinct(StringComparer.Ordinal).Count() != indicatorCodes.Count) problems.Add("Một chỉ số được nêu hai lần");
        if (problems.Count > 0) return new Outcome.Rejected(problems);

        List<(string Version, Figure Figure)> figures;
        if (figuresFile is not null)
        {
            var read = FiguresFile.Read(figuresFile, units, catalogue);
            if (read.Problems.Count > 0) return new Outcome.Rejected(read.Problems.Select(p => p.ToString()).ToList());
            figures = read.Rows.Where(r => r.Figure.Period == period).Select(r => (r.CatalogVersion, r.Figure)).ToList();
            if (figures.Count == 0 && register is null) return new Outcome.Rejected([$"{read.FileName}: không có số liệu nào cho kỳ {period}"]);
        }
        else
        {
            await using var db = database.CreateContext();
            var text = period.ToString();
            var rows = await db.Figures.AsNoTracking().Where(f => f.Period == text)
                .Select(f => new { f.CatalogVersion, f.UnitCode, f.ElementCode, f.Value }).ToListAsync(cancellationToken);
            figures = rows.Select(r => (r.CatalogVersion, new Figure(r.UnitCode, r.ElementCode, period, r.Value))).ToList();
        }

        AdministrativeUnit? parentUnit;
        if (parent is not null)
        {
            var resolved = units.Resolve(parent, period.End);
            if (resolved is not UnitResolution.Found found) return new Outcome.Rejected([resolved.ToString()!]);
            parentUnit = found.Unit;
        }
        else
        {
            var parents = figures.Select(f => units.Find(f.Version, f.Figure.UnitCode)?.ParentCode is { } p ? units.Find(f.Version, p) : null)
                .Distinct().ToList();
            if (parents.Count == 0) return new Outcome.Rejected([$"Không có số liệu cho kỳ {period}; nêu đơn vị cấp trên bằng --parent"]);
            if (parents.Count != 1 || parents[0] is null)
                return new Outcome.Rejected(["Số liệu thuộc nhiều đơn vị cấp trên; chọn một bằng --parent"]);
            parentUnit = parents[0]!;
        }
        return Build(units, catalogue, targets, figures, indicatorCodes, period, parentUnit, register);
    }

    /// <summary>
    /// Builds a report from the stored figures for a unit already known (its catalogue version decides the children), as
    /// <see cref="BuildAsync(string?, IReadOnlyList{string}, Period, string?, CancellationToken, RegisterFigureSet?)"/> does for a typed parent.
    /// </summary>
    public async Task<Outcome> BuildAsync(IReadOnlyList<string> indicatorCodes, Period period, AdministrativeUnit parentUnit,
        CancellationToken cancellationToken, RegisterFigureSet? register = null)
    {
        ArgumentNullException.ThrowIfNull(indicatorCodes);
        ArgumentNullException.ThrowIfNull(parentUnit);
        var units = await UnitDirectory.LoadAsync(database, cancellationToken);
        var catalogue = await IndicatorStore.LoadCatalogueAsync(database, cancellationToken);
        var targets = await IndicatorStore.LoadTargetsAsync(database, cancellationToken);
        var unknown = indicatorCodes.Where(c => catalogue.FindIndicator(c) is null).Select(c => $"Không có chỉ số '{c}'").ToList();
        if (indicatorCodes.Count == 0) unknown.Add("Cần ít nhất một chỉ số");
        if (indicatorCodes.Distinct(StringComparer.Ordinal).Count() != indicatorCodes.Count) unknown.Add("Một chỉ số được nêu hai lần");
        if (unknown.Count > 0) return new Outcome.Rejected(unknown);
        await using var db = database.CreateContext();
        var text = period.ToString();
        var rows = await db.Figures.AsNoTracking().Where(f => f.Period == text)
            .Select(f => new { f.CatalogVersion, f.UnitCode, f.ElementCode, f.Value }).ToListAsync(cancellationToken);
        var figures = rows.Select(r => (r.CatalogVersion, new Figure(r.UnitCode, r.ElementCode, period, r.Value))).ToList();
        return Build(units, catalogue, targets, figures, indicatorCodes, period, parentUnit, register);
    }

    private static Outcome Build(UnitDirectory units, IndicatorCatalogue catalogue, TargetTable targets, List<(string Version, Figure Figure)> figures,
        IReadOnlyList<string> indicatorCodes, Period period, AdministrativeUnit parentUnit, RegisterFigureSet? register)
    {
        var children = units.ChildrenOf(parentUnit);
        if (children.Count == 0) return new Outcome.Rejected([$"{parentUnit.Name} ({parentUnit.Code}) không có đơn vị trực thuộc"]);
        var versioned = IndicatorStore.Convert(figures, units, period, parentUnit.Version);
        var table = versioned.Table;
        if (register is not null && register.Units.TryGetValue(parentUnit.Version, out var counted))
        {
            var known = RegisterCounts.Elements.ToHashSet(StringComparer.Ordinal);
            table = new FigureTable(table.Figures.Where(f => !known.Contains(f.ElementCode))
                .Concat(counted.Figures.Select(f => new Figure(f.UnitCode, f.ElementCode, period, f.Value))));
        }
        var report = RankingReport.Build(catalogue, indicatorCodes, new ReportUnit(parentUnit.Code, parentUnit.Name),
            children.Select(c => new ReportUnit(c.Code, c.Name)).ToList(), period, table, targets);
        return new Outcome.Built(report, parentUnit.Version, versioned.Unallocated);
    }

    /// <summary>
    /// Stores today's numerator and denominator of every indicator of the report for every unit in it (one snapshot per
    /// unit, indicator, period and day; taking it again the same day replaces it).
    /// </summary>
    public async Task<int> SnapshotAsync(RankingReport report, string catalogVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var period = report.Period.ToString();
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var codes = report.Indicators.Select(i => i.Code).ToList();
        var existing = await db.IndicatorSnapshots
            .Where(s => s.CatalogVersion == catalogVersion && s.Period == period && s.TakenOn == today && codes.Contains(s.IndicatorCode))
            .ToDictionaryAsync(s => (s.UnitCode, s.IndicatorCode), cancellationToken);
        var n = 0;
        foreach (var row in report.Rows.Append(report.Total))
            foreach (var result in row.Results)
            {
                if (existing.TryGetValue((row.Unit.Code, result.Indicator.Code), out var s)) s.Update(result.Rate.Numerator, result.Rate.Denominator);
                else db.IndicatorSnapshots.Add(new IndicatorSnapshotRecord(catalogVersion, row.Unit.Code, result.Indicator.Code, period, today,
                    result.Rate.Numerator, result.Rate.Denominator));
                n++;
            }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return n;
    }

    /// <summary>For each unit of the report below target on an indicator, the forecast from the stored snapshots of that period.</summary>
    public async Task<IReadOnlyList<(ReportUnit Unit, Indicator Indicator, TargetForecast Forecast)>> ForecastAsync(RankingReport report,
        string catalogVersion, ForecastWindow? window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var period = report.Period.ToString();
        var codes = report.Indicators.Select(i => i.Code).ToList();
        await using var db = database.CreateContext();
        var snapshots = (await db.IndicatorSnapshots.AsNoTracking()
                .Where(s => s.CatalogVersion == catalogVersion && s.Period == period && codes.Contains(s.IndicatorCode))
                .ToListAsync(cancellationToken))
            .ToLookup(s => (s.UnitCode, s.IndicatorCode));
        var result = new List<(ReportUnit, Indicator, TargetForecast)>();
        foreach (var row in report.Rows)
            foreach (var r in row.Results)
            {
                if (r.Target is null || r.Status == TargetStatus.Met) continue;
                var points = snapshots[(row.Unit.Code, r.Indicator.Code)].Select(s => new IndicatorSnapshot(s.TakenOn, s.Numerator, s.Denominator));
                result.Add((row.Unit, r.Indicator, TargetForecast.Compute(r.Indicator, r.Target, points, window)));
            }
        return result;
    }

    /// <summary>
    /// The child units of <paramref name="parent"/> that have reported none of <paramref name="elements"/> for the period,
    /// with the day their report was due (the period's end plus <paramref name="graceDays"/>) and how many days late they are today.
    /// </summary>
    public async Task<IReadOnlyList<LateUnit>> NotReportedAsync(AdministrativeUnit parent, Period period, IReadOnlyList<string> elements, int graceDays,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(elements);
        var units = await UnitDirectory.LoadAsync(database, cancellationToken);
        var text = period.ToString();
        await using var db = database.CreateContext();
        var reported = (await db.Figures.AsNoTracking().Where(f => f.Period == text && elements.Contains(f.ElementCode))
                .Select(f => new { f.CatalogVersion, f.UnitCode }).Distinct().ToListAsync(cancellationToken))
            .Select(f => (f.CatalogVersion, f.UnitCode)).ToHashSet();
        // A new unit counts as reported when it reported itself or one of the old units it was made from did.
        var fromOld = units.Mappings.Where(m => reported.Contains((m.OldVersion, m.OldCode))).Select(m => (m.NewVersion, m.NewCode));
        reported.UnionWith(fromOld.ToList());
        var due = period.End.AddDays(graceDays);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return units.ChildrenOf(parent).Where(c => !reported.Contains((c.Version, c.Code)))
            .Select(c => new LateUnit(new ReportUnit(c.Code, c.Name), due, Math.Max(0, today.DayNumber - due.DayNumber)))
            .OrderByDescending(u => u.DaysLate).ThenBy(u => u.Unit.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false)).ToList();
    }

    /// <summary>
    /// The report as CSV: <c>unit_code,unit_name,status</c>, then each data element used, then each indicator's rate as
    /// shown (<c>91,14%</c>, <c>—</c> without a denominator), then the parts' rates; indicators in the order asked (the
    /// first one orders the rows), each indicator's elements in its column order (whole before part), each element once.
    /// One row per child unit, in report order; the parent's total is not a row (it is not one of the units ranked).
    /// </summary>
    public static void WriteCsv(RankingReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var indicators = report.Indicators;
        var elements = indicators.SelectMany(i => i.Elements).Distinct(StringComparer.Ordinal).ToList();
        var csv = new CsvWriter(writer);
        csv.WriteRecord([
            "unit_code", "unit_name", "status", .. elements, .. indicators.Select(i => i.Code),
            .. indicators.SelectMany(i => i.Parts.Select(p => $"{i.Code}.{p.Code}")),
        ]);
        foreach (var row in report.Rows)
        {
            csv.WriteRecord([
                row.Unit.Code, row.Unit.Name, row.StatusCode,
                .. elements.Select(e => !row.MissingElements.Contains(e) && row.Values.TryGetValue(e, out var v) ? v.ToString(CultureInfo.InvariantCulture) : ""),
                .. indicators.Select(i => row.Result(i.Code).Format(vi)),
                .. indicators.SelectMany(i => row.Result(i.Code).Parts.Select(p => p.Rate.Format(i.Decimals, vi))),
            ]);
        }
    }
}

/// <summary>A unit that has not reported a period's figures: when they were due and how many days late it is.</summary>
public sealed record LateUnit(ReportUnit Unit, DateOnly Due, int DaysLate);
