namespace SachSong.Web.Api;

/// <summary><c>/api/indicators</c>, <c>/api/figures</c>: the catalogue, reported figures, rankings and reports.</summary>
internal static class IndicatorsApi
{
    public static RouteGroupBuilder MapIndicatorsApi(this RouteGroupBuilder api) => api;
}
