using Microsoft.Extensions.DependencyInjection.Extensions;
using SachSong.App.Indicators;
using SachSong.Web.Pages.Reports;

namespace SachSong.Web.Hosting;

/// <summary>Services of the dashboard, figures and reports pages.</summary>
internal static class IndicatorsServices
{
    public static IServiceCollection AddIndicatorsPages(this IServiceCollection services)
    {
        services.TryAddScoped<IndicatorReports>();
        services.TryAddSingleton<RegisterSnapshotCache>();
        services.TryAddSingleton<DashboardCache>();
        services.TryAddScoped<IndicatorDashboard>();
        services.TryAddScoped<EnterFigures>();
        services.TryAddScoped<IndicatorAccess>();
        return services;
    }
}
