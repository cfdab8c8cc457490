namespace SachSong.Core.Linkage;

/// <summary>Stable codes (for files) and Vietnamese and English texts (for people) of each <see cref="MatchReason"/>.</summary>
public static class MatchReasons
{
    private static readonly string[] Codes =
    [
        "ID_INVALID", "ID_NOT_FOUND", "ID_BELONGS_TO_OTHER_PERSON", "NAME_DIFFERS", "BIRTH_DATE_DIFFERS", "SEX_DIFFERS",
        "DECEASED", "DUPLICATE_IN_LIST", "MULTIPLE_CANDIDATES", "NOT_IN_UNIT", "LEGACY_ID_USED",
    ];

    private static readonly string[] ViTexts =
    [
        "Số định danh không hợp lệ",
        "Số định danh không có trong sổ dân cư",
        "Số định danh là của người khác",
        "Họ tên khác với sổ dân cư",
        "Ngày sinh khác với sổ dân cư",
        "Giới tính khác với sổ dân cư",
        "Người đã mất",
        "Trùng người trong danh sách",
        "Có nhiều người phù hợp",
        "Không cư trú tại đơn vị",
        "Dùng số CMND cũ",
    ];

    private static readonly string[] EnTexts =
    [
        "Personal ID is not valid",
        "Personal ID is not in the register",
        "Personal ID belongs to another person",
        "Name differs from the register",
        "Birth date differs from the register",
        "Sex differs from the register",
        "Person has died",
        "Person is listed twice",
        "Several register people fit",
        "Person lives in another unit",
        "Old ID card (CMND) number used",
    ];

    /// <summary>Every reason in enum order.</summary>
    public static IReadOnlyList<MatchReason> All { get; } = Enum.GetValues<MatchReason>();

    /// <summary>The file code, e.g. <c>ID_NOT_FOUND</c>.</summary>
    public static string Code(MatchReason reason) => Codes[Index(reason)];

    /// <summary>The Vietnamese text shown in the UI and written in workbooks.</summary>
    public static string Vietnamese(MatchReason reason) => ViTexts[Index(reason)];

    public static string English(MatchReason reason) => EnTexts[Index(reason)];

    /// <summary>The reason with this code (exact, upper-case), or null.</summary>
    public static MatchReason? FromCode(string? code)
    {
        if (code is null) return null;
        var i = Array.IndexOf(Codes, code.Trim());
        return i < 0 ? null : (MatchReason)i;
    }

    /// <summary>The codes joined with ';' as in the <c>reasons</c> column.</summary>
    public static string Join(IEnumerable<MatchReason> reasons) => string.Join(';', reasons.Select(Code));

    /// <summary>The status as written in files: matched, review or unmatched.</summary>
    public static string StatusCode(MatchStatus status) => status switch
    {
        MatchStatus.Matched => "matched",
        MatchStatus.Review => "review",
        MatchStatus.Unmatched => "unmatched",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static int Index(MatchReason reason)
    {
        var i = (int)reason;
        if (i < 0 || i >= Codes.Length) throw new ArgumentOutOfRangeException(nameof(reason), reason, null);
        return i;
    }
}
