using SachSong.Core.Lists;

namespace SachSong.App.Lists;

/// <summary>
/// The names a user types and reads for what a list column holds: the snake_case of <see cref="ListColumn"/>
/// ("birth_date", "other" for a column to ignore) and of <see cref="ColumnPart"/> ("male", "day"…), and their labels in
/// Vietnamese and English.
/// </summary>
public static class ColumnRoles
{
    /// <summary>Every role, in enum order.</summary>
    public static IReadOnlyList<ListColumn> All { get; } = Enum.GetValues<ListColumn>();

    public static string Name(ListColumn role) => role switch
    {
        ListColumn.Other => "other",
        ListColumn.RowNumber => "row_number",
        ListColumn.PersonalId => "personal_id",
        ListColumn.LegacyId => "legacy_id",
        ListColumn.FullName => "full_name",
        ListColumn.BirthDate => "birth_date",
        ListColumn.BirthYear => "birth_year",
        ListColumn.Sex => "sex",
        ListColumn.Residence => "residence",
        ListColumn.Village => "village",
        ListColumn.Commune => "commune",
        ListColumn.CommuneCode => "commune_code",
        ListColumn.Note => "note",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string Vietnamese(ListColumn role) => role switch
    {
        ListColumn.Other => "Không dùng",
        ListColumn.RowNumber => "STT",
        ListColumn.PersonalId => "Số định danh",
        ListColumn.LegacyId => "Số CMND",
        ListColumn.FullName => "Họ và tên",
        ListColumn.BirthDate => "Ngày sinh",
        ListColumn.BirthYear => "Năm sinh",
        ListColumn.Sex => "Giới tính",
        ListColumn.Residence => "Nơi thường trú",
        ListColumn.Village => "Thôn, tổ dân phố",
        ListColumn.Commune => "Xã, phường",
        ListColumn.CommuneCode => "Mã xã",
        ListColumn.Note => "Ghi chú",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string English(ListColumn role) => role switch
    {
        ListColumn.Other => "Not used",
        ListColumn.RowNumber => "Row number",
        ListColumn.PersonalId => "Personal ID",
        ListColumn.LegacyId => "Old ID card number",
        ListColumn.FullName => "Full name",
        ListColumn.BirthDate => "Birth date",
        ListColumn.BirthYear => "Birth year",
        ListColumn.Sex => "Sex",
        ListColumn.Residence => "Residence",
        ListColumn.Village => "Village",
        ListColumn.Commune => "Commune",
        ListColumn.CommuneCode => "Commune code",
        ListColumn.Note => "Note",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string Name(ColumnPart part) => part switch
    {
        ColumnPart.Whole => "whole",
        ColumnPart.Male => "male",
        ColumnPart.Female => "female",
        ColumnPart.Day => "day",
        ColumnPart.Month => "month",
        ColumnPart.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    public static string Vietnamese(ColumnPart part) => part switch
    {
        ColumnPart.Whole => "",
        ColumnPart.Male => "Nam",
        ColumnPart.Female => "Nữ",
        ColumnPart.Day => "Ngày",
        ColumnPart.Month => "Tháng",
        ColumnPart.Year => "Năm",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    public static string English(ColumnPart part) => part switch
    {
        ColumnPart.Whole => "",
        ColumnPart.Male => "men",
        ColumnPart.Female => "women",
        ColumnPart.Day => "day",
        ColumnPart.Month => "month",
        ColumnPart.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    /// <summary>The role and part in Vietnamese, "Ngày sinh" or "Ngày sinh (Nam)".</summary>
    public static string Vietnamese(ListColumn role, ColumnPart part) =>
        part == ColumnPart.Whole ? Vietnamese(role) : $"{Vietnamese(role)} ({Vietnamese(part)})";

    /// <summary>The role and part in English, "Birth date" or "Birth date (men)".</summary>
    public static string English(ListColumn role, ColumnPart part) =>
        part == ColumnPart.Whole ? English(role) : $"{English(role)} ({English(part)})";

    /// <summary>The role named <paramref name="name"/> (snake_case; case, spaces and '-' ignored).</summary>
    public static bool TryParse(string? name, out ListColumn role)
    {
        var key = Key(name);
        foreach (var r in All)
        {
            if (!string.Equals(Name(r), key, StringComparison.Ordinal)) continue;
            role = r;
            return true;
        }
        role = ListColumn.Other;
        return false;
    }

    /// <summary>The part named <paramref name="name"/> (whole, male, female, day, month, year).</summary>
    public static bool TryParse(string? name, out ColumnPart part)
    {
        var key = Key(name);
        foreach (var p in Enum.GetValues<ColumnPart>())
        {
            if (!string.Equals(Name(p), key, StringComparison.Ordinal)) continue;
            part = p;
            return true;
        }
        part = ColumnPart.Whole;
        return false;
    }

    /// <summary>
    /// Whether a column of <paramref name="role"/> may hold <paramref name="part"/>: a whole value always; the value for
    /// men or women only (the classic "Nam" | "Nữ" columns) for a birth date or year, a sex or a name; a day or month
    /// only for a birth date, and a year for a birth date or year.
    /// </summary>
    public static bool Allows(ListColumn role, ColumnPart part) => part switch
    {
        ColumnPart.Whole => true,
        ColumnPart.Male or ColumnPart.Female => role is ListColumn.BirthDate or ListColumn.BirthYear or ListColumn.Sex or ListColumn.FullName,
        ColumnPart.Day or ColumnPart.Month => role == ListColumn.BirthDate,
        ColumnPart.Year => role is ListColumn.BirthDate or ListColumn.BirthYear,
        _ => false,
    };

    private static string Key(string? name) =>
        (name ?? "").Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
}
