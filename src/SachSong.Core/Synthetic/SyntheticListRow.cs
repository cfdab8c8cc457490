namespace SachSong.Core.Synthetic;

/// <summary>
/// One row of a sectoral list: the six cells as the list writes them (any of the last five may be empty) and the truth.
/// </summary>
/// <param name="RowId">Row number within the list, e.g. "SP-000001".</param>
/// <param name="PersonalId">As written: a 12-digit ID, a 9-digit CMND number, a mistyped number or empty.</param>
/// <param name="FullName">As written: possibly mistyped, without accents or upper-case.</param>
/// <param name="BirthDate">As people type it: "05/03/1950", "5/3/1950", "03/1950", "1950" or "1950-03-05".</param>
/// <param name="Sex">"Nam", "Nữ" or empty.</param>
/// <param name="CommuneCode">5-digit commune code, possibly a neighbouring commune's.</param>
/// <param name="TruePersonalId">Who the row really is, or null when the person is not in the register.</param>
/// <param name="Errors">The error codes of <see cref="SyntheticErrors"/> injected into this row, in a fixed order.</param>
public sealed record SyntheticListRow(
    string RowId,
    string PersonalId,
    string FullName,
    string BirthDate,
    string Sex,
    string CommuneCode,
    string? TruePersonalId,
    IReadOnlyList<string> Errors);
