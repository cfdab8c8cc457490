namespace SachSong.Web.Hosting;

/// <summary>Services of the dashboard, figures and reports pages.</summary>
internal static class IndicatorsServices
{
    public static IServiceCollection AddIndicatorsPages(this IServiceCollection services) => services;
}
