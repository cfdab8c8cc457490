using SachSong.Core.Lists;

namespace SachSong.App.Lists;

/// <summary>
/// The mapping an import of a sheet would use right now, with what it reads: the header's rows, each column with its
/// header and role, where the mapping comes from, the first data rows as a preview, and what the whole sheet comes to.
/// </summary>
/// <param name="FileName">The file's name, without its folder.</param>
/// <param name="Sheet">Worksheet name; null for a CSV file.</param>
/// <param name="Mapping">The mapping (its <see cref="ColumnMapping.Signature"/> is the template it is saved under).</param>
/// <param name="Source">A mapping saved for this template, or detected from the header.</param>
/// <param name="SavedBy">Who saved the template's mapping (null when detected).</param>
/// <param name="SavedAt">When it was saved, UTC (null when detected).</param>
/// <param name="Columns">Every column with a header, in order.</param>
/// <param name="Preview">The first non-blank rows from <see cref="ColumnMapping.DataStartRow"/>, cells as read.</param>
/// <param name="People">Rows the whole sheet would import as people with this mapping.</param>
/// <param name="Rejected">Rows it would reject.</param>
/// <param name="Skipped">Rows it would skip as not people (totals, headings, signatures).</param>
public sealed record SheetMappingView(
    string FileName,
    string? Sheet,
    ColumnMapping Mapping,
    MappingSource Source,
    string? SavedBy,
    DateTime? SavedAt,
    IReadOnlyList<MappingColumnView> Columns,
    IReadOnlyList<SheetRow> Preview,
    int People,
    int Rejected,
    int Skipped);
