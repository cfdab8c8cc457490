using SachSong.Core.Reports;

namespace SachSong.Reports.OpenXml.Official;

/// <summary>A printed column: its header, kind, decimals, and whether it is the added "TT" column.</summary>
internal sealed record LaidColumn(string Header, ReportColumnKind Kind, int Decimals, bool IsRowNumber);
