namespace SachSong.Core.Lists;

/// <summary>The mapping chosen for a sheet, where it came from, and what detection proposed (null when detection failed but a saved mapping fitted).</summary>
public sealed record SheetMapping(ColumnMapping Mapping, MappingSource Source, ColumnMapping? Detected);
