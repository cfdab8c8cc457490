using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SachSong.App.Access;
using SachSong.App.Lists;
using SachSong.App.Storage;
using SachSong.Core.Lists;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Lists;

/// <summary>An uploaded file's columns as an import would read them, corrected once for the layout, then imported in the background.</summary>
[Authorize(Policy = Policies.ImportLists)]
public sealed class MappingModel(ListUploads uploads, ListMappings mappings, ListJobs jobs, Database database, CurrentActor current, TimeProvider clock)
    : PageModel
{
    public ListUpload? Upload { get; private set; }
    public ListMappingResult? Result { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public string? Message { get; private set; }

    /// <summary>Every role and part a column can be read as, as a correction names it, with its words.</summary>
    public static IReadOnlyList<(string Name, string Text)> RoleChoices { get; } =
    [
        .. ColumnRoles.All.SelectMany(r => Enum.GetValues<ColumnPart>().Where(p => ColumnRoles.Allows(r, p))
            .Select(p => (p == ColumnPart.Whole ? ColumnRoles.Name(r) : $"{ColumnRoles.Name(r)}:{ColumnRoles.Name(p)}", ColumnRoles.Vietnamese(r, p)))),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, string? sheet, string? headerRows, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var view = (Result as ListMappingResult.Shown)?.Sheets.FirstOrDefault(s => s.Sheet == (string.IsNullOrEmpty(sheet) ? null : sheet));
        var currentRows = view is null ? null : string.Join(",", view.Mapping.HeaderRows.Select(r => r.ToString(CultureInfo.InvariantCulture)));
        var rows = string.IsNullOrWhiteSpace(headerRows) || Normalise(headerRows) == currentRows ? null : headerRows.Trim();
        // A new header row changes what each column is, so roles are set on the mapping shown after it.
        var roles = rows is not null || view is null ? [] : view.Columns
            .Select(c => (c.Letter, Old: c.RoleName, New: Request.Form["role_" + c.Index.ToString(CultureInfo.InvariantCulture)].ToString()))
            .Where(c => c.New.Length > 0 && !string.Equals(c.New, c.Old, StringComparison.Ordinal))
            .Select(c => $"{c.Letter}={c.New}").ToList();
        var correction = new ListMappingCorrection(string.IsNullOrEmpty(sheet) ? null : sheet, rows, roles);
        if (correction.IsEmpty)
        {
            Message = Ui.T("Không có gì thay đổi.", "Nothing changed.");
            return Page();
        }
        switch (await mappings.CorrectAsync(uploads.PathOf(Upload!), correction, current.Actor.UserName, cancellationToken))
        {
            case ListMappingResult.Refused refused:
                Problems = refused.Problems;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            case ListMappingResult.Saved:
                Message = Ui.T("Đã lưu cách đọc cột cho mẫu này; lần nạp sau của cùng mẫu sẽ dùng nó.", "Saved the column mapping for this layout; later imports of the same layout use it.");
                break;
            default:
                break;
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var upload = Upload!;
        var job = jobs.Start(current.Actor, Ui.T($"Nạp tệp {upload.FileName}", $"Importing {upload.FileName}"), null,
            async (db, progress, ct) => await ListOperations.ImportAsync(db, clock, uploads, upload, progress, ct));
        return Redirect($"/Lists/Job/{job.Id:N}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Upload = await uploads.FindAsync(id, current.Actor.UserName, cancellationToken);
        if (Upload is null) return false;
        Result = await mappings.ShowAsync(uploads.PathOf(Upload), null, cancellationToken);
        // The preview shows people's rows from the file.
        await ListOperations.AuditAsync(database, clock, AuditActions.View, $"upload:{Upload.Id:N}", $"xem trước tệp {Upload.FileName}", cancellationToken);
        return true;
    }

    private static string Normalise(string rows) =>
        string.Join(",", rows.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
