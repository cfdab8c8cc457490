using SachSong.App.Storage;
using SachSong.Core.Indicators;
using SachSong.Core.Units;

namespace SachSong.App.Indicators;

/// <summary>
/// What the dashboard shows for one unit and period, put together from the existing use cases (no rule of its own): each
/// indicator's report over the unit's children (<see cref="IndicatorReports"/>, register counts from <see cref="RegisterFigures"/>
/// and the stored reported figures), the unit's own result, its trend over the previous periods, and the forecast of every child
/// below target (<see cref="IndicatorReports.ForecastAsync"/>).
/// </summary>
public sealed class IndicatorDashboard(Database database, TimeProvider clock, RegisterSnapshotCache? snapshots = null, DashboardCache? views = null)
{
    /// <summary>How many periods the trend shows, the current one included.</summary>
    public const int TrendPeriods = 5;

    /// <summary>One indicator's card.</summary>
    /// <param name="Indicator">The indicator.</param>
    /// <param name="Own">The unit's own result (the total of its children, or a commune's own row).</param>
    /// <param name="Children">The children ranked (completed first); empty for a commune.</param>
    /// <param name="Forecasts">Child code → forecast, for children below their target.</param>
    /// <param name="Trend">The unit's rate in each of the last periods, oldest first.</param>
    public sealed record Card(Indicator Indicator, IndicatorResult Own, IReadOnlyList<RankingRow> Children,
        IReadOnlyDictionary<string, TargetForecast> Forecasts, IReadOnlyList<(Period Period, Rate Rate)> Trend)
    {
        /// <summary>Below target and not forecast to reach it by the deadline (or no pace to tell).</summary>
        public bool AtRisk(RankingRow row)
        {
            ArgumentNullException.ThrowIfNull(row);
            return Forecasts.TryGetValue(row.Unit.Code, out var forecast) && forecast.AtRisk;
        }
    }

    public sealed record View(AdministrativeUnit Unit, Period Period, DateOnly AsOf, IReadOnlyList<Card> Cards);

    /// <param name="unit">The unit whose children are shown (or a commune, shown alone).</param>
    /// <param name="period">The period.</param>
    /// <param name="indicatorCodes">The indicators, one card each.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<View> BuildAsync(AdministrativeUnit unit, Period period, IReadOnlyList<string> indicatorCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(indicatorCodes);
        if (views is null) return await BuildNowAsync(unit, period, indicatorCodes, cancellationToken);
        var key = string.Join('|', database.Actor?.Scope.Key ?? "", unit.Version, unit.Code, period, string.Join(',', indicatorCodes));
        var stamp = await ReportedDataStamp.ReadAsync(database, cancellationToken);
        // Built without the request's token: requests waiting for the same view share it.
        return await views.GetAsync(key, stamp, () => BuildNowAsync(unit, period, indicatorCodes, CancellationToken.None), cancellationToken);
    }

    private async Task<View> BuildNowAsync(AdministrativeUnit unit, Period period, IReadOnlyList<string> indicatorCodes, CancellationToken cancellationToken)
    {
        var units = await UnitDirectory.LoadAsync(database, cancellationToken);
        // A commune has no children: it is shown as its own row of its parent's report.
        var reportOn = units.ChildrenOf(unit).Count > 0 ? unit : units.Find(unit.Version, unit.ParentCode ?? "") ?? unit;
        var registerFigures = new RegisterFigures(database, clock);
        var snapshot = snapshots is null ? await registerFigures.LoadSnapshotAsync(cancellationToken) : await snapshots.GetAsync(database, cancellationToken);
        var reports = new IndicatorReports(database, clock);

        var trend = new List<(Period Period, RankingReport Report)>();
        var periods = new List<Period> { period };
        while (periods.Count < TrendPeriods) periods.Insert(0, Period.Containing(periods[0].Start.AddDays(-1), period.Kind));
        RegisterFigureSet? current = null;
        foreach (var p in periods)
        {
            var register = await registerFigures.ComputeAsync(snapshot, p, null, cancellationToken);
            if (p == period) current = register;
            if (await reports.BuildAsync(indicatorCodes, p, reportOn, cancellationToken, register) is IndicatorReports.Outcome.Built built)
                trend.Add((p, built.Report));
        }

        var cards = new List<Card>();
        foreach (var code in indicatorCodes)
        {
            if (await reports.BuildAsync([code], period, reportOn, cancellationToken, current) is not IndicatorReports.Outcome.Built built) continue;
            var report = built.Report;
            var forecasts = (await reports.ForecastAsync(report, built.CatalogVersion, null, cancellationToken))
                .ToDictionary(f => f.Unit.Code, f => f.Forecast, StringComparer.Ordinal);
            var own = Own(report, unit) ?? report.Total;
            var children = ReferenceEquals(reportOn, unit) ? report.Rows : report.Rows.Where(r => r.Unit.Code == unit.Code).ToList();
            var points = trend.Select(t => (t.Period, (Own(t.Report, unit) ?? t.Report.Total).Result(code).Rate)).ToList();
            cards.Add(new Card(own.Result(code).Indicator, own.Result(code), ReferenceEquals(reportOn, unit) ? children : [],
                forecasts, points));
        }
        return new View(unit, period, current!.AsOf, cards);
    }

    private static RankingRow? Own(RankingReport report, AdministrativeUnit unit) =>
        report.Parent.Code == unit.Code ? report.Total : report.Rows.FirstOrDefault(r => r.Unit.Code == unit.Code);
}
