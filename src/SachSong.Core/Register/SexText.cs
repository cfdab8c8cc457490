using SachSong.Core.Text;

namespace SachSong.Core.Register;

/// <summary>Reading and writing sex the way Vietnamese files do.</summary>
public static class SexText
{
    public static string ToVietnamese(this Sex sex) => sex == Sex.Female ? "Nữ" : "Nam";

    /// <summary>Accepts Nam/Nữ (any case, with or without diacritics), M/F, male/female, 1 (Nam)/0 or 2 (Nữ).</summary>
    public static ParseResult<Sex> Parse(string? text)
    {
        var key = VietnameseText.AccentFreeKey(text);
        return key switch
        {
            "nam" or "m" or "male" or "1" or "trai" => ParseResult<Sex>.Ok(Sex.Male),
            "nu" or "f" or "female" or "0" or "2" or "gai" => ParseResult<Sex>.Ok(Sex.Female),
            "" => ParseResult<Sex>.Fail("Giới tính trống"),
            _ => ParseResult<Sex>.Fail($"Giới tính '{VietnameseText.Clean(text)}' không hợp lệ (Nam hoặc Nữ)"),
        };
    }
}
