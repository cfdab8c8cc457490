using SachSong.Core.Lists;

namespace SachSong.App.Lists;

/// <summary>One column of a sheet's mapping as the user sees it: its letter, its header text and what it is read as.</summary>
/// <param name="Letter">The column as the spreadsheet names it ("E").</param>
/// <param name="Index">0-based column index.</param>
/// <param name="Header">The header as written (parent and sub-header joined by " / ").</param>
/// <param name="Role">What the column is read as; <see cref="ListColumn.Other"/> when it is not used.</param>
/// <param name="Part">The part of the field for a header split over sub-columns.</param>
public sealed record MappingColumnView(string Letter, int Index, string Header, ListColumn Role, ColumnPart Part)
{
    /// <summary>The role as typed in a correction: "birth_date", or "birth_date:male" for a part.</summary>
    public string RoleName => Part == ColumnPart.Whole ? ColumnRoles.Name(Role) : $"{ColumnRoles.Name(Role)}:{ColumnRoles.Name(Part)}";
}
