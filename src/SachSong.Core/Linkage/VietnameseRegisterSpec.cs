namespace SachSong.Core.Linkage;

/// <summary>
/// The Vietnamese population register as one configuration of the generic engine: five comparisons (personal ID with
/// one-digit, transposition and old-CMND levels; full name with term-frequency adjustment; partial birth date; sex;
/// commune), seven blocking rules, and two training sessions (block on the ID to learn the other fields, block on name and
/// birth year to learn the ID, sex and commune).
/// </summary>
public static class VietnameseRegisterSpec
{
    /// <summary>Comparison index of the personal ID in <see cref="Default"/>.</summary>
    public const int IdComparison = 0;
    public const int NameComparison = 1;
    public const int BirthDateComparison = 2;
    public const int SexComparison = 3;
    public const int CommuneComparison = 4;

    public static LinkageSpec Default { get; } = Create();

    private static LinkageSpec Create()
    {
        const string id = RegisterColumns.PersonalId, name = RegisterColumns.FullName, birth = RegisterColumns.BirthDate;
        ComparisonSpec[] comparisons =
        [
            new("personal_id", id, id, ComparisonKind.Digits) { RightAlternateColumn = RegisterColumns.LegacyId },
            new("full_name", name, name, ComparisonKind.Text) { TermFrequency = true },
            new("birth_date", birth, birth, ComparisonKind.Date),
            new("sex", RegisterColumns.Sex, RegisterColumns.Sex, ComparisonKind.Exact),
            new("commune_code", RegisterColumns.CommuneCode, RegisterColumns.CommuneCode, ComparisonKind.Exact) { InitialM = [0.9, 0.1] },
        ];
        BlockingRule[] blocking =
        [
            BlockingRule.On("id-or-one-digit-off", BlockingKeyPart.On(id, KeyTransform.DigitNeighbours)),
            BlockingRule.On("legacy-id", new BlockingKeyPart(id, RegisterColumns.LegacyId, KeyTransform.Value)),
            BlockingRule.On("name+year", BlockingKeyPart.On(name, KeyTransform.SortedWords), BlockingKeyPart.On(birth, KeyTransform.Year)),
            BlockingRule.On("name+day-month", BlockingKeyPart.On(name, KeyTransform.SortedWords), BlockingKeyPart.On(birth, KeyTransform.MonthDay)),
            BlockingRule.On("given-name+date", BlockingKeyPart.On(name, KeyTransform.LastWord), BlockingKeyPart.On(birth)),
            // A middle name added, dropped or changed together with a wrong birth date; within the commune, since across a
            // whole province "Nguyễn … Hùng, 1985" is a block of hundreds.
            BlockingRule.On("family+given+year+commune", BlockingKeyPart.On(name, KeyTransform.FirstAndLastWord), BlockingKeyPart.On(birth, KeyTransform.Year),
                BlockingKeyPart.On(RegisterColumns.CommuneCode)),
            BlockingRule.On("date+commune", BlockingKeyPart.On(birth), BlockingKeyPart.On(RegisterColumns.CommuneCode)),
        ];
        BlockingRule[] training =
        [
            BlockingRule.On("train:id", BlockingKeyPart.On(id)),
            BlockingRule.On("train:name+year", BlockingKeyPart.On(name, KeyTransform.SortedWords), BlockingKeyPart.On(birth, KeyTransform.Year)),
        ];
        return new LinkageSpec(comparisons, blocking, training);
    }
}
