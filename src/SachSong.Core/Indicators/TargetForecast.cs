using System.Globalization;

namespace SachSong.Core.Indicators;

/// <summary>
/// When a unit will reach its target at its recent pace, with the method and every input shown (no black box).
/// </summary>
/// <remarks>
/// <para><b>Pace</b>: the ordinary least-squares slope of the exact percentage (y) against days (x) over the snapshots in
/// the window, in percentage points per day: (nΣxy − ΣxΣy) / (nΣx² − (Σx)²), computed in decimal. Snapshots without a
/// denominator have no rate and are skipped. The window is the last N days before the latest snapshot or the last N
/// snapshots (<see cref="ForecastWindow"/>).</para>
/// <para><b>Reach date</b>: from the latest snapshot's actual rate (not the fitted line), the first whole day on which
/// the rate, moving at the pace, <i>shows</i> as meeting the target, because meeting a target compares the shown value
/// (<see cref="Indicator"/>). For higher-is-better that is when the exact rate reaches <see cref="Threshold"/>, the target
/// rounded up to the shown decimals minus half a unit of the last shown decimal (39.995 for 40 at 2 decimals): reach
/// date = latest date + ⌈(threshold − latest) ÷ pace⌉ days. For lower-is-better the rate must fall below the threshold
/// (the target rounded down plus half a unit).</para>
/// <para><b>At risk</b>: not already met, and either no reach date (no pace, no progress, or not enough data) or a
/// reach date after the deadline.</para>
/// </remarks>
public sealed record TargetForecast
{
    private TargetForecast() { }

    public ForecastOutcome Outcome { get; private init; }
    public ForecastWindow Window { get; private init; } = ForecastWindow.Default;

    /// <summary>The snapshots the pace was measured over, oldest first.</summary>
    public IReadOnlyList<ForecastPoint> Points { get; private init; } = [];

    /// <summary>Percentage points per day (negative when falling); null with fewer than two points.</summary>
    public decimal? PacePerDay { get; private init; }

    /// <summary>Date of the latest snapshot with a rate, or null when none has one.</summary>
    public DateOnly? LatestDate { get; private init; }

    /// <summary>The latest snapshot's exact percentage, or null.</summary>
    public decimal? LatestPercent { get; private init; }

    public decimal TargetPercent { get; private init; }
    public int Decimals { get; private init; }
    public IndicatorDirection Direction { get; private init; }

    /// <summary>The exact percentage at which the shown rate meets the target (see the remarks).</summary>
    public decimal Threshold { get; private init; }

    public DateOnly? Deadline { get; private init; }

    /// <summary>When the target is reached at the pace (the latest date when already met); null when never or unknown.</summary>
    public DateOnly? ReachDate { get; private init; }

    /// <summary>Not already met and no reach date, or a reach date after the deadline.</summary>
    public bool AtRisk { get; private init; }

    /// <summary>The method and its inputs in words, for showing beside the forecast.</summary>
    public BilingualText Method { get; private init; }

    /// <summary>The forecast of <paramref name="indicator"/> against <paramref name="target"/> (its percent, deadline, the indicator's decimals and direction).</summary>
    public static TargetForecast Compute(Indicator indicator, IndicatorTarget target, IEnumerable<IndicatorSnapshot> snapshots, ForecastWindow? window = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(target);
        return Compute(snapshots, target.Percent, indicator.Decimals, target.Deadline, window, indicator.Direction);
    }

    /// <summary>The forecast for one unit's snapshots of one indicator.</summary>
    /// <param name="snapshots">The unit's snapshots, in any order, at most one per date.</param>
    /// <param name="targetPercent">The target in percent (40 means 40%).</param>
    /// <param name="decimals">Decimals the rate is shown with (the indicator's).</param>
    /// <param name="deadline">The deadline, or null.</param>
    /// <param name="window">Which snapshots to measure the pace over; null for <see cref="ForecastWindow.Default"/>.</param>
    /// <param name="direction">Which way the indicator improves.</param>
    /// <exception cref="ArgumentException">When two snapshots share a date, or a number is out of range.</exception>
    public static TargetForecast Compute(IEnumerable<IndicatorSnapshot> snapshots, decimal targetPercent, int decimals, DateOnly? deadline,
        ForecastWindow? window = null, IndicatorDirection direction = IndicatorDirection.HigherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentOutOfRangeException.ThrowIfNegative(targetPercent);
        Rate.CheckDecimals(decimals);
        window ??= ForecastWindow.Default;
        var all = snapshots.OrderBy(s => s.Date).ToList();
        for (var i = 1; i < all.Count; i++)
        {
            if (all[i].Date == all[i - 1].Date)
                throw new ArgumentException($"Two snapshots dated {all[i].Date:yyyy-MM-dd}.", nameof(snapshots));
        }

        var rated = all.Where(s => s.Rate.HasValue).ToList();
        var threshold = ThresholdOf(targetPercent, decimals, direction);
        var forecast = new TargetForecast
        {
            Window = window,
            TargetPercent = targetPercent,
            Decimals = decimals,
            Direction = direction,
            Threshold = threshold,
            Deadline = deadline,
        };
        if (rated.Count == 0)
            return forecast with { Outcome = ForecastOutcome.NotEnoughData, AtRisk = true, Method = Describe(window, [], null, threshold) };

        var latest = rated[^1];
        var inWindow = window.Unit == ForecastWindowUnit.Days
            ? rated.Where(s => s.Date >= latest.Date.AddDays(-window.Size)).ToList()
            : rated.TakeLast(window.Size).ToList();
        var points = inWindow.Select(s => new ForecastPoint(s.Date, s.Date.DayNumber - inWindow[0].Date.DayNumber, s.Rate.ExactPercent!.Value)).ToList();
        var pace = points.Count >= 2 ? Slope(points) : (decimal?)null;
        var current = latest.Rate.ExactPercent!.Value;
        forecast = forecast with
        {
            Points = points,
            PacePerDay = pace,
            LatestDate = latest.Date,
            LatestPercent = current,
            Method = Describe(window, points, pace, threshold),
        };

        var shown = latest.Rate.Percent(decimals)!.Value;
        var met = direction == IndicatorDirection.HigherIsBetter ? shown >= targetPercent : shown <= targetPercent;
        if (met) return forecast with { Outcome = ForecastOutcome.AlreadyMet, ReachDate = latest.Date, AtRisk = false };
        if (pace is null) return forecast with { Outcome = ForecastOutcome.NotEnoughData, AtRisk = true };

        var progress = direction == IndicatorDirection.HigherIsBetter ? pace.Value : -pace.Value;
        if (progress <= 0) return forecast with { Outcome = ForecastOutcome.NoProgress, AtRisk = true };

        var days = direction == IndicatorDirection.HigherIsBetter
            ? decimal.Ceiling((threshold - current) / progress)
            : decimal.Floor((current - threshold) / progress) + 1;
        if (days > DateOnly.MaxValue.DayNumber - latest.Date.DayNumber)
            return forecast with { Outcome = ForecastOutcome.NoProgress, AtRisk = true };
        var reach = latest.Date.AddDays((int)days);
        return forecast with { Outcome = ForecastOutcome.WillReach, ReachDate = reach, AtRisk = deadline is not null && reach > deadline };
    }

    private static decimal ThresholdOf(decimal target, int decimals, IndicatorDirection direction)
    {
        var scale = 1m;
        for (var i = 0; i < decimals; i++) scale *= 10;
        var half = 0.5m / scale;
        return direction == IndicatorDirection.HigherIsBetter
            ? (decimal.Ceiling(target * scale) / scale) - half
            : (decimal.Floor(target * scale) / scale) + half;
    }

    private static decimal Slope(List<ForecastPoint> points)
    {
        decimal n = points.Count, sx = 0, sy = 0, sxx = 0, sxy = 0;
        foreach (var p in points)
        {
            sx += p.Day;
            sy += p.Percent;
            sxx += (decimal)p.Day * p.Day;
            sxy += p.Day * p.Percent;
        }
        return ((n * sxy) - (sx * sy)) / ((n * sxx) - (sx * sx));
    }

    private static BilingualText Describe(ForecastWindow window, List<ForecastPoint> points, decimal? pace, decimal threshold)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var en = CultureInfo.GetCultureInfo("en-GB");
        var windowVi = window.Unit == ForecastWindowUnit.Days
            ? string.Create(vi, $"{window.Size} ngày tính đến lần số liệu mới nhất")
            : string.Create(vi, $"{window.Size} lần số liệu gần nhất");
        var windowEn = window.Unit == ForecastWindowUnit.Days
            ? string.Create(en, $"the {window.Size} days up to the latest snapshot")
            : string.Create(en, $"the last {window.Size} snapshots");
        (DateOnly First, DateOnly Last)? span = points.Count == 0 ? null : (points[0].Date, points[^1].Date);
        var spanVi = span is null ? "không có lần số liệu nào có tỉ lệ" : string.Create(vi, $"{points.Count} lần số liệu từ {span.Value.First:dd/MM/yyyy} đến {span.Value.Last:dd/MM/yyyy}");
        var spanEn = span is null ? "no snapshot with a rate" : string.Create(en, $"{points.Count} snapshots from {span.Value.First:dd/MM/yyyy} to {span.Value.Last:dd/MM/yyyy}");
        var paceVi = pace is null ? "chưa đo được" : string.Create(vi, $"{decimal.Round(pace.Value, 4, MidpointRounding.AwayFromZero)} điểm %/ngày");
        var paceEn = pace is null ? "not measurable" : string.Create(en, $"{decimal.Round(pace.Value, 4, MidpointRounding.AwayFromZero)} percentage points a day");
        return new BilingualText(
            $"Tốc độ = hệ số góc bình phương tối thiểu của tỉ lệ theo ngày, trên {spanVi} (cửa sổ: {windowVi}): {paceVi}. " +
            string.Create(vi, $"Ngày đạt = ngày số liệu mới nhất + ⌈(ngưỡng {threshold} − tỉ lệ mới nhất) ÷ tốc độ⌉ ngày."),
            $"Pace = least-squares slope of the rate against days, over {spanEn} (window: {windowEn}): {paceEn}. " +
            string.Create(en, $"Reach date = latest snapshot date + ⌈(threshold {threshold} − latest rate) ÷ pace⌉ days."));
    }
}
