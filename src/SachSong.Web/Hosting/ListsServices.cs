using Microsoft.Extensions.DependencyInjection.Extensions;
using SachSong.App.Lists;
using SachSong.Web.Pages.Lists;

namespace SachSong.Web.Hosting;

/// <summary>Services of the lists and cleansing pages.</summary>
internal static class ListsServices
{
    public static IServiceCollection AddListsPages(this IServiceCollection services)
    {
        services.TryAddSingleton<ListJobs>();
        services.TryAddSingleton<ListUploads>();
        services.TryAddScoped<ListMappings>();
        services.TryAddScoped<SummarizeList>();
        services.TryAddScoped<CommuneWorklist>();
        services.TryAddScoped<CorrectListEntry>();
        services.TryAddScoped<ListImportProblems>();
        services.TryAddScoped<ListDiscrepancy>();
        return services;
    }
}
