namespace SachSong.Core.Synthetic;

/// <summary>Codes of the errors the generator writes into list rows (the <c>errors</c> column of a truth file).</summary>
public static class SyntheticErrors
{
    /// <summary>One character of the name substituted, deleted or swapped with its neighbour.</summary>
    public const string NameTypo = "NAME_TYPO";
    /// <summary>The whole name without diacritics ("Nguyen Van Hung").</summary>
    public const string NameNoDiacritics = "NAME_NO_DIACRITICS";
    /// <summary>Old and new tone placement swapped (Hòa ↔ Hoà, Thủy ↔ Thuỷ).</summary>
    public const string NameToneStyle = "NAME_TONE_STYLE";
    /// <summary>The name in capitals ("NGUYỄN VĂN HÙNG").</summary>
    public const string NameCase = "NAME_CASE";
    /// <summary>Day and month swapped (only for a day of 12 or less that differs from the month).</summary>
    public const string DateDayMonthSwapped = "DATE_DAY_MONTH_SWAPPED";
    /// <summary>Only the year of birth written.</summary>
    public const string DateYearOnly = "DATE_YEAR_ONLY";
    /// <summary>Year of birth one year off.</summary>
    public const string DateOff = "DATE_OFF";
    /// <summary>One of the last six digits of the ID changed.</summary>
    public const string IdTypo = "ID_TYPO";
    /// <summary>Two adjacent, different digits of the ID swapped.</summary>
    public const string IdTransposed = "ID_TRANSPOSED";
    /// <summary>The person's old 9-digit CMND number instead of the personal ID.</summary>
    public const string IdLegacy = "ID_LEGACY";
    /// <summary>No ID written.</summary>
    public const string IdMissing = "ID_MISSING";
    /// <summary>No sex written.</summary>
    public const string SexMissing = "SEX_MISSING";
    /// <summary>A neighbouring commune's code.</summary>
    public const string CommuneWrong = "COMMUNE_WRONG";
    /// <summary>The person has died according to the register.</summary>
    public const string Deceased = "DECEASED";
    /// <summary>The second row of a person listed twice.</summary>
    public const string Duplicate = "DUPLICATE";
    /// <summary>Someone who is not in the register; the row has no true ID.</summary>
    public const string NotInRegister = "NOT_IN_REGISTER";

    /// <summary>All codes, in the order a row lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        NameTypo, NameNoDiacritics, NameToneStyle, NameCase, DateDayMonthSwapped, DateYearOnly, DateOff,
        IdTypo, IdTransposed, IdLegacy, IdMissing, SexMissing, CommuneWrong, Deceased, Duplicate, NotInRegister,
    ];

    /// <summary>The codes after which the written ID is not the person's personal ID.</summary>
    public static IReadOnlyList<string> IdErrors { get; } = [IdTypo, IdTransposed, IdLegacy, IdMissing, NotInRegister];
}
