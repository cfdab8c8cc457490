namespace SachSong.App.Lists;

/// <summary>The programs a list can belong to.</summary>
public static class Programs
{
    public static IReadOnlyList<string> BuiltIn { get; } =
    [
        "social_protection", "meritorious", "poor_households", "workers",
        "association_elderly", "association_veterans", "association_farmers", "association_red_cross", "association_women", "association_youth",
    ];

    /// <summary>A built-in program, or association_* / custom_* with a lower-case ASCII name.</summary>
    public static bool IsValid(string program) =>
        BuiltIn.Contains(program)
        || ((program.StartsWith("association_", StringComparison.Ordinal) || program.StartsWith("custom_", StringComparison.Ordinal))
            && program.Length is > 8 and <= 60 && program.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'));

    /// <summary>Vietnamese name of a program.</summary>
    public static string Vietnamese(string program) => program switch
    {
        "social_protection" => "Đối tượng bảo trợ xã hội",
        "meritorious" => "Người có công và thân nhân",
        "poor_households" => "Hộ nghèo, hộ cận nghèo",
        "workers" => "Người lao động",
        "association_elderly" => "Hội viên Hội Người cao tuổi",
        "association_veterans" => "Hội viên Hội Cựu chiến binh",
        "association_farmers" => "Hội viên Hội Nông dân",
        "association_red_cross" => "Hội viên Hội Chữ thập đỏ",
        "association_women" => "Hội viên Hội Liên hiệp Phụ nữ",
        "association_youth" => "Đoàn viên Đoàn Thanh niên",
        _ => program,
    };
}
