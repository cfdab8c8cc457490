using SachSong.Core.Reports;

namespace SachSong.Reports.OpenXml.Official;

/// <summary>A body row as printed, one cell per <see cref="LaidTable.Columns"/> entry.</summary>
internal sealed record LaidRow(IReadOnlyList<ReportCell> Cells, bool IsTotal);
