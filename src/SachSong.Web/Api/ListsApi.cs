namespace SachSong.Web.Api;

/// <summary><c>/api/lists</c>: sectoral lists, their import, matching rounds and worklists.</summary>
internal static class ListsApi
{
    public static RouteGroupBuilder MapListsApi(this RouteGroupBuilder api) => api;
}
