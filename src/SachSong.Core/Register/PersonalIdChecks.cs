using SachSong.Core.Text;

namespace SachSong.Core.Register;

/// <summary>Checks a record's own sex and birth year against what its personal ID says.</summary>
public static class PersonalIdChecks
{
    /// <summary>The disagreements, in Vietnamese, or an empty list.</summary>
    public static IReadOnlyList<string> Disagreements(PersonalId id, Sex? sex, PartialDate? birthDate)
    {
        ArgumentNullException.ThrowIfNull(id);
        var problems = new List<string>(2);
        if (sex is not null && sex != id.Sex)
            problems.Add($"Giới tính {sex.Value.ToVietnamese()} không khớp với số định danh (mã giới tính là {id.Sex.ToVietnamese()})");
        if (birthDate is not null && birthDate.Value.Year != id.BirthYear)
            problems.Add($"Năm sinh {birthDate.Value.Year} không khớp với số định danh (năm sinh theo số là {id.BirthYear})");
        return problems;
    }
}
