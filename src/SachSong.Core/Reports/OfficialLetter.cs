namespace SachSong.Core.Reports;

/// <summary>
/// An official letter (công văn) laid out per Decree 30/2020/NĐ-CP: the header (parent agency, issuing body, number, subject;
/// national name, motto, place and date), "Kính gửi:" recipients, the body, and the signature beside "Nơi nhận:".
/// </summary>
/// <example>
/// <code>
/// var letter = new OfficialLetter
/// {
///     ParentAgency = "UBND HUYỆN BÌNH SƠN",
///     IssuingBody = "TỔ CÔNG TÁC ĐỀ ÁN 06",
///     Number = new LetterNumber(null, "TCTĐA06"),
///     Date = LetterDate.Undated("Bình Sơn", 2024),
///     Subject = "chấn chỉnh, khắc phục những tồn tại trong thực hiện chỉ tiêu nhiệm vụ Đề án 06 năm 2024",
///     Recipients = ["Công an huyện", "Tổ Công tác Đề án 06 xã, thị trấn"],
///     Body = [new LetterBlock.Heading("I. Đánh giá"), new LetterBlock.Table(table)],
///     Signature = new Signature(["TỔ TRƯỞNG"], "Nguyễn Văn An"),
///     CopiesTo = ["Như trên", "CT, các PCT UBND huyện"],
/// };
/// </code>
/// </example>
public sealed record OfficialLetter
{
    /// <summary>The directly superior agency, upper case, e.g. "UBND HUYỆN BÌNH SƠN"; null when the issuing body has none.</summary>
    public string? ParentAgency
    {
        get;
        init => field = value is null ? null : NotBlank(value, nameof(ParentAgency));
    }

    /// <summary>The issuing body, upper case, e.g. "TỔ CÔNG TÁC ĐỀ ÁN 06".</summary>
    public required string IssuingBody
    {
        get;
        init => field = NotBlank(value, nameof(IssuingBody));
    }

    public required LetterNumber Number
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Number));
    }

    /// <summary>The place and date line.</summary>
    public required LetterDate Date
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Date));
    }

    /// <summary>What the letter is about, without the "V/v" that <see cref="SubjectLine"/> adds.</summary>
    public required string Subject
    {
        get;
        init => field = NotBlank(value, nameof(Subject));
    }

    /// <summary>Who the letter is addressed to ("Kính gửi:"), without list dashes or end punctuation, which the layout adds.</summary>
    public required IReadOnlyList<string> Recipients
    {
        get;
        init => field = Items(value, nameof(Recipients), allowEmpty: false);
    }

    /// <summary>The body, in reading order.</summary>
    public required IReadOnlyList<LetterBlock> Body
    {
        get;
        init => field = value is null || value.Any(b => b is null) ? throw new ArgumentNullException(nameof(Body)) : [.. value];
    }

    public required Signature Signature
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Signature));
    }

    /// <summary>The "Nơi nhận:" list before the archive line, e.g. "Như trên", "CT, các PCT UBND huyện".</summary>
    public IReadOnlyList<string> CopiesTo
    {
        get;
        init => field = Items(value, nameof(CopiesTo), allowEmpty: true);
    } = [];

    /// <summary>What follows "Lưu:" on the last "Nơi nhận" line: "VT" (văn thư) then the drafting unit and copy count, e.g. "VT, CAH".</summary>
    public string Archive
    {
        get;
        init => field = NotBlank(value, nameof(Archive)).TrimEnd('.');
    } = "VT";

    /// <summary>"V/v " and the subject, as printed under the number.</summary>
    public string SubjectLine => "V/v " + Subject;

    /// <summary>The recipients as printed: "- A;" for each but the last, "- Z." for the last (one recipient prints as "Z." after "Kính gửi:").</summary>
    public IReadOnlyList<string> RecipientItems => Recipients.Count == 1 ? [Recipients[0] + "."] : ListItems(Recipients);

    /// <summary>The "Nơi nhận:" lines: "- Như trên;" … and last "- Lưu: VT, …".</summary>
    public IReadOnlyList<string> DistributionItems => ListItems([.. CopiesTo, "Lưu: " + Archive]);

    private static List<string> ListItems(IReadOnlyList<string> items) =>
        [.. items.Select((item, i) => "- " + item + (i == items.Count - 1 ? "." : ";"))];

    private static string NotBlank(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value.Trim();
    }

    // Callers pass items as they read; the layout owns the dashes and the ";" / "." at line ends.
    private static string[] Items(IReadOnlyList<string> value, string name, bool allowEmpty)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (!allowEmpty && value.Count == 0) throw new ArgumentException("At least one item is needed.", name);
        return [.. value.Select(v => NotBlank(v, name).TrimStart('-', ' ').TrimEnd(';', '.', ',', ' '))];
    }
}
