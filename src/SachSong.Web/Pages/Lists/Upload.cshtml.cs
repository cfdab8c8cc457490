using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SachSong.App.Storage;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Lists;

/// <summary>Takes a list file, keeps it for its uploader and sends them to its column mapping.</summary>
[Authorize(Policy = Policies.ImportLists)]
public sealed class UploadModel(ListUploads uploads, Database database, CurrentActor current) : PageModel
{
    public IReadOnlyList<IndexModel.Row> Lists { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lists = await IndexModel.LoadAsync(database, cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? program, string? unit, string? title, bool restricted, long? listId,
        CancellationToken cancellationToken)
    {
        var result = await uploads.SaveAsync(file, new ListUploadForm(program ?? "", unit ?? "", title, restricted, listId), current.Actor.UserName, cancellationToken);
        switch (result)
        {
            case UploadResult.Saved s:
                return Redirect($"/Lists/Mapping/{s.Upload.Id:N}");
            case UploadResult.Refused r:
                Message = r.Message;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                Lists = await IndexModel.LoadAsync(database, cancellationToken);
                return Page();
            default:
                throw new InvalidOperationException();
        }
    }
}
