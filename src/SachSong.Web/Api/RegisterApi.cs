using Microsoft.AspNetCore.Http.HttpResults;
using SachSong.App.Register;
using SachSong.Core.Register;
using SachSong.Web.Hosting;

namespace SachSong.Web.Api;

/// <summary><c>/api/citizens</c>: register search and a citizen's card, in the caller's scope, audited, IDs masked unless the role needs them.</summary>
internal static class RegisterApi
{
    /// <summary>A person in search results.</summary>
    public sealed record CitizenHit(long Id, string PersonalId, string FullName, string BirthDate, string Sex, string CommuneCode, string Address, bool Deceased);

    public sealed record CitizenSearchResponse(string Query, IReadOnlyList<CitizenHit> Results, bool More);

    /// <summary>A citizen's card.</summary>
    public sealed record CitizenCardResponse(long Id, string PersonalId, string FullName, string BirthDate, string Sex, string CatalogVersion,
        string CommuneCode, string CommuneName, string Address, string? HouseholdCode, string? RelationToHead, bool Deceased, string? DeathDate,
        string? IdCardType, string? IdCardIssuedOn, string EidLevel, string? EidActivatedOn, IReadOnlyList<CitizenHit> Household,
        IReadOnlyList<ChangeItem> Changes);

    public sealed record ChangeItem(string Kind, string OccurredOn, string? FromCommuneCode, string? ToCommuneCode, string? Details);

    public static RouteGroupBuilder MapRegisterApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/citizens").WithTags("Register").RequireAuthorization(Policies.ViewRegister);
        group.MapGet("/", SearchAsync).WithName("SearchCitizens")
            .WithSummary("Tìm trong sổ dân cư theo số định danh, số CMND cũ, hoặc họ tên (có hay không dấu) và năm sinh");
        group.MapGet("/{personalId}", CardAsync).WithName("GetCitizen").WithSummary("Thẻ nhân khẩu: hồ sơ, hộ gia đình, lịch sử biến động");
        return api;
    }

    private static async Task<Ok<CitizenSearchResponse>> SearchAsync(string? q, CitizenSearch search, CurrentActor current, CancellationToken cancellationToken)
    {
        var result = await search.ExecuteAsync(q, cancellationToken);
        var actor = current.Actor;
        return TypedResults.Ok(new CitizenSearchResponse(result.Query,
            [.. result.Hits.Select(h => new CitizenHit(h.Id, actor.ShowId(h.PersonalId), h.FullName, h.BirthDate, h.Sex.ToVietnamese(), h.CommuneCode, h.Address, h.IsDeceased))],
            result.More));
    }

    private static async Task<Results<Ok<CitizenCardResponse>, NotFound>> CardAsync(string personalId, CitizenCard cards, CurrentActor current,
        CancellationToken cancellationToken)
    {
        var card = await cards.ByPersonalIdAsync(personalId, cancellationToken);
        if (card is null) return TypedResults.NotFound();
        var actor = current.Actor;
        var c = card.Citizen;
        return TypedResults.Ok(new CitizenCardResponse(c.Id, actor.ShowId(c.PersonalId), c.FullName, c.BirthDate.ToString(), c.Sex.ToVietnamese(),
            c.CatalogVersion, c.CommuneCode, card.CommuneName, c.Address, c.HouseholdCode, c.RelationToHead, c.IsDeceased, Iso(c.DeathDate),
            c.IdCardType?.ToString(), Iso(c.IdCardIssuedOn), c.EidLevel.ToString(), Iso(c.EidActivatedOn),
            [.. card.Household.Select(h => new CitizenHit(h.Id, actor.ShowId(h.PersonalId), h.FullName, h.BirthDate.ToString(), h.Sex.ToVietnamese(),
                h.CommuneCode, h.Address, h.IsDeceased))],
            [.. card.Changes.Select(x => new ChangeItem(x.Kind.ToString(), Iso(x.OccurredOn)!, x.FromCommuneCode, x.ToCommuneCode, x.Details))]));
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
