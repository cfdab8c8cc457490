namespace SachSong.Web.Hosting;

/// <summary>Services of the lists and cleansing pages.</summary>
internal static class ListsServices
{
    public static IServiceCollection AddListsPages(this IServiceCollection services) => services;
}
