namespace SachSong.Core.Synthetic;

/// <summary>
/// What <see cref="SyntheticDistrictGenerator"/> builds: how many people, from which seed, as of which date, how big
/// the sectoral lists are and how often each kind of error is written into them. The same options value always gives
/// the same district.
/// </summary>
/// <remarks>
/// Each error rate is the chance that a list row carries that error, drawn independently per row, among the rows
/// where the error is possible: <c>DATE_DAY_MONTH_SWAPPED</c> needs a full date with day ≤ 12 and day ≠ month,
/// <c>NAME_TONE_STYLE</c> a name with a syllable such as "Hòa"/"Hoà", <c>NAME_NO_DIACRITICS</c> a name with some
/// diacritic ("Phan Thanh Huy" has none), <c>ID_LEGACY</c> an old CMND number, and
/// so on. Rows of people who are not in the register (<c>NOT_IN_REGISTER</c>) carry no other error.
/// </remarks>
public sealed record SyntheticOptions
{
    /// <summary>Number of people in the register (living and recently deceased), at least 1.</summary>
    public required int People { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>The register's date: ages, deaths, moves and cards are as of this day. Default 31/12/2024, before the 2025 merger.</summary>
    public DateOnly AsOf { get; init; } = new(2024, 12, 31);

    /// <summary>Size of the social protection list (bảo trợ xã hội) as a share of all people.</summary>
    public double SocialProtectionShare { get; init; } = 0.03;

    /// <summary>Size of the list of people with merit (người có công) as a share of all people.</summary>
    public double MeritoriousShare { get; init; } = 0.015;

    /// <summary>Members of the Hội Người cao tuổi as a share of the living people aged 60 and over.</summary>
    public double AssociationElderlyShare { get; init; } = 0.60;

    /// <summary>Workers (người lao động) as a share of the living people aged 15 to 60.</summary>
    public double WorkersShare { get; init; } = 0.30;

    /// <summary>Upper bound on the people drawn into one list (before duplicates and outsiders are added).</summary>
    public int MaxListPeople { get; init; } = 250_000;

    /// <summary>Share of social protection and merit list rows that name a person who has died since; half of it in the elderly list, a tenth in the workers list.</summary>
    public double DeceasedRate { get; init; } = 0.015;

    public double NameTypoRate { get; init; } = 0.04;
    public double NameNoDiacriticsRate { get; init; } = 0.04;
    public double NameToneStyleRate { get; init; } = 0.05;
    public double NameCaseRate { get; init; } = 0.03;
    public double DateDayMonthSwappedRate { get; init; } = 0.03;
    public double DateYearOnlyRate { get; init; } = 0.04;
    public double DateOffRate { get; init; } = 0.01;
    public double IdTypoRate { get; init; } = 0.02;
    public double IdTransposedRate { get; init; } = 0.015;
    public double IdLegacyRate { get; init; } = 0.03;
    public double IdMissingRate { get; init; } = 0.04;
    public double SexMissingRate { get; init; } = 0.02;
    public double CommuneWrongRate { get; init; } = 0.02;

    /// <summary>Chance that a person listed once is listed a second time (the copy draws its own errors).</summary>
    public double DuplicateRate { get; init; } = 0.01;

    /// <summary>Share of a list's rows that name someone who is not in the register.</summary>
    public double NotInRegisterRate { get; init; } = 0.015;

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">People below 1 or above 5,000,000, a rate or share outside [0, 1], or an unsupported date.</exception>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(People, 1, nameof(People));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(People, 5_000_000, nameof(People));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxListPeople, nameof(MaxListPeople));
        if (AsOf.Year is < 2010 or > 2200)
            throw new ArgumentOutOfRangeException(nameof(AsOf), AsOf, "AsOf must be within 2010–2200.");
        Rate(SocialProtectionShare, nameof(SocialProtectionShare));
        Rate(MeritoriousShare, nameof(MeritoriousShare));
        Rate(AssociationElderlyShare, nameof(AssociationElderlyShare));
        Rate(WorkersShare, nameof(WorkersShare));
        Rate(DeceasedRate, nameof(DeceasedRate));
        Rate(NameTypoRate, nameof(NameTypoRate));
        Rate(NameNoDiacriticsRate, nameof(NameNoDiacriticsRate));
        Rate(NameToneStyleRate, nameof(NameToneStyleRate));
        Rate(NameCaseRate, nameof(NameCaseRate));
        Rate(DateDayMonthSwappedRate, nameof(DateDayMonthSwappedRate));
        Rate(DateYearOnlyRate, nameof(DateYearOnlyRate));
        Rate(DateOffRate, nameof(DateOffRate));
        Rate(IdTypoRate, nameof(IdTypoRate));
        Rate(IdTransposedRate, nameof(IdTransposedRate));
        Rate(IdLegacyRate, nameof(IdLegacyRate));
        Rate(IdMissingRate, nameof(IdMissingRate));
        Rate(SexMissingRate, nameof(SexMissingRate));
        Rate(CommuneWrongRate, nameof(CommuneWrongRate));
        Rate(DuplicateRate, nameof(DuplicateRate));
        // A list made only of outsiders would loop forever when sizing it, so keep this one below 1.
        if (double.IsNaN(NotInRegisterRate) || NotInRegisterRate is < 0 or > 0.9)
            throw new ArgumentOutOfRangeException(nameof(NotInRegisterRate), NotInRegisterRate, "Must be within [0, 0.9].");
    }

    private static void Rate(double value, string name)
    {
        if (double.IsNaN(value) || value is < 0 or > 1)
            throw new ArgumentOutOfRangeException(name, value, "Must be within [0, 1].");
    }
}
