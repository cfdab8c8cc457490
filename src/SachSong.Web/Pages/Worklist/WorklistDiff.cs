using SachSong.App.Lists;
using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Web.Pages.Worklist;

/// <summary>
/// Which of a register candidate's fields differ from the list row, so the page can highlight them. Display only: the
/// matching engine decides; this only points the officer's eye (names compared without case or tone-mark position,
/// a birth year against the register's year).
/// </summary>
public static class WorklistDiff
{
    public static bool Name(ListEntryValues row, CitizenRecord person)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(person);
        return !string.Equals(VietnameseText.MatchKey(row.FullName), VietnameseText.MatchKey(person.FullName), StringComparison.Ordinal);
    }

    public static bool Id(ListEntryValues row, CitizenRecord person)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(person);
        var typed = (row.PersonalId ?? "").Trim();
        return !string.Equals(typed, person.PersonalId, StringComparison.Ordinal) && !string.Equals(typed, person.LegacyIdNumber, StringComparison.Ordinal);
    }

    public static bool BirthDate(ListEntryValues row, CitizenRecord person, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(person);
        var parsed = DateParser.Parse(row.BirthDate, today);
        if (!parsed.Success) return true;
        var typed = parsed.Value;
        if (typed.Year != person.BirthDate.Year) return true;
        return typed.Precision == DatePrecision.Day && person.BirthDate.Precision == DatePrecision.Day && typed != person.BirthDate;
    }

    public static bool Sex(ListEntryValues row, CitizenRecord person)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(person);
        var parsed = SexText.Parse(row.Sex);
        return !parsed.Success || parsed.Value != person.Sex;
    }

    public static bool Commune(ListEntryValues row, CitizenRecord person)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(person);
        return !string.Equals(row.CommuneCode, person.CommuneCode, StringComparison.Ordinal);
    }

    /// <summary>The class of a candidate's cell: "diff" when it differs from the row.</summary>
    public static string Class(bool differs) => differs ? "diff" : "";
}
