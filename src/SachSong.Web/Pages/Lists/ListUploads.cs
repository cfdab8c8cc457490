using System.Text.Json;
using SachSong.App.Lists;
using SachSong.Web.Hosting;

namespace SachSong.Web.Pages.Lists;

/// <summary>
/// Uploaded list files waiting for their import, under <c>&lt;data folder&gt;/uploads/&lt;id&gt;/</c>: the file under its own
/// name (cleaned, never used as a path as given) and what the uploader said about it. Only the uploader finds an upload; it is
/// deleted once imported (the database keeps the file) and forgotten after a day.
/// </summary>
public sealed class ListUploads(RootDatabase root, TimeProvider clock)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);
    public static IReadOnlyList<string> Extensions { get; } = [".xlsx", ".xls", ".csv"];
    private const string MetaFile = "upload.json";

    private string Folder => Path.Combine(root.Database.Settings.DataFolder, "uploads");

    /// <summary>Keeps <paramref name="file"/> for <paramref name="owner"/>, or says why not.</summary>
    public async Task<UploadResult> SaveAsync(IFormFile? file, ListUploadForm form, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (file is null || file.Length == 0) return new UploadResult.Refused(Ui.T("Chưa chọn tệp, hoặc tệp trống.", "No file chosen, or the file is empty."));
        var name = SafeName(file.FileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            return new UploadResult.Refused(Ui.T($"Tệp '{name}': chỉ nhận .xlsx, .xls hoặc .csv.", $"File '{name}': only .xlsx, .xls or .csv are accepted."));
        if (!Programs.IsValid(form.Program))
            return new UploadResult.Refused(Ui.T($"Chương trình '{form.Program}' không hợp lệ.", $"Program '{form.Program}' is not valid."));
        if (string.IsNullOrWhiteSpace(form.Unit))
            return new UploadResult.Refused(Ui.T("Cần đơn vị gửi danh sách (mã hoặc tên).", "The submitting unit (code or name) is required."));

        Forget();
        var id = Guid.NewGuid();
        var folder = Path.Combine(Folder, id.ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await using (var stream = File.Create(path)) await file.CopyToAsync(stream, cancellationToken);
        var upload = new ListUpload(id, name, owner, form.Program, form.Unit.Trim(), string.IsNullOrWhiteSpace(form.Title) ? null : form.Title.Trim(),
            form.Restricted, form.ListId, clock.GetUtcNow().UtcDateTime);
        await File.WriteAllTextAsync(Path.Combine(folder, MetaFile), JsonSerializer.Serialize(upload), cancellationToken);
        return new UploadResult.Saved(upload);
    }

    /// <summary>The upload, when it exists and <paramref name="owner"/> made it.</summary>
    public async Task<ListUpload?> FindAsync(Guid id, string owner, CancellationToken cancellationToken)
    {
        var meta = Path.Combine(Folder, id.ToString("N"), MetaFile);
        if (!File.Exists(meta)) return null;
        var upload = JsonSerializer.Deserialize<ListUpload>(await File.ReadAllTextAsync(meta, cancellationToken));
        return upload is not null && upload.Id == id && string.Equals(upload.Owner, owner, StringComparison.Ordinal) ? upload : null;
    }

    /// <summary>Where the uploaded file is.</summary>
    public string PathOf(ListUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return Path.Combine(Folder, upload.Id.ToString("N"), upload.FileName);
    }

    public void Delete(Guid id)
    {
        var folder = Path.Combine(Folder, id.ToString("N"));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>The name part only, without characters a file system or a shell would read, and never empty.</summary>
    public static string SafeName(string? clientName)
    {
        // Browsers on Windows may send a full path; either separator ends the folder part.
        var name = (clientName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var invalid = Path.GetInvalidFileNameChars();
        name = new string([.. name.Select(c => char.IsControl(c) || invalid.Contains(c) ? '_' : c)]).Trim().TrimStart('.');
        if (name.Length > 150) name = name[..100] + Path.GetExtension(name);
        return name.Length == 0 || name == Path.GetExtension(name) ? "danh-sach" + Path.GetExtension(name) : name;
    }

    private void Forget()
    {
        if (!Directory.Exists(Folder)) return;
        var before = clock.GetUtcNow().UtcDateTime - KeepFor;
        foreach (var folder in Directory.EnumerateDirectories(Folder))
            if (Directory.GetCreationTimeUtc(folder) < before) Directory.Delete(folder, recursive: true);
    }
}

/// <summary>What the uploader says about a list file.</summary>
public sealed record ListUploadForm(string Program, string Unit, string? Title, bool Restricted, long? ListId);

/// <summary>A kept upload.</summary>
public sealed record ListUpload(Guid Id, string FileName, string Owner, string Program, string Unit, string? Title, bool Restricted, long? ListId, DateTime UploadedAt);

/// <summary>Whether an upload was kept.</summary>
public abstract record UploadResult
{
    private UploadResult() { }

    public sealed record Saved(ListUpload Upload) : UploadResult;

    public sealed record Refused(string Message) : UploadResult;
}
