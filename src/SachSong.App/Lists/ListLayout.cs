using System.Text.Json;

namespace SachSong.App.Lists;

/// <summary>Where each imported sheet's header row is, kept with the version so results go back into the right rows.</summary>
public sealed record ListLayout(IReadOnlyList<SheetLayout> Sheets)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static ListLayout FromJson(string json) =>
        string.IsNullOrWhiteSpace(json) ? new ListLayout([]) : JsonSerializer.Deserialize<ListLayout>(json) ?? new ListLayout([]);
}

/// <summary>A sheet (null for CSV) and the row number of its last header line.</summary>
public sealed record SheetLayout(string? Name, int HeaderRow);
