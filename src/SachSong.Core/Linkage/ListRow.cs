namespace SachSong.Core.Linkage;

/// <summary>One row of a sectoral list, every cell as typed (any of the last five may be null or empty).</summary>
/// <param name="RowId">The row's identifier in the list, unique within it.</param>
/// <param name="PersonalId">12-digit ID, 9-digit CMND, a mistyped number, or nothing.</param>
/// <param name="FullName">Name as written: any case, with or without diacritics, either tone placement.</param>
/// <param name="BirthDate">Date as people type it (dd/MM/yyyy, d/M/yyyy, MM/yyyy, yyyy, ISO, Excel serial).</param>
/// <param name="Sex">Nam/Nữ, M/F, 1/0…</param>
/// <param name="CommuneCode">5-digit commune code of the unit that listed the person.</param>
public sealed record ListRow(string RowId, string? PersonalId, string? FullName, string? BirthDate, string? Sex, string? CommuneCode);
