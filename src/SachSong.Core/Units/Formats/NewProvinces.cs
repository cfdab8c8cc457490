using SachSong.Core.Text;

namespace SachSong.Core.Units.Formats;

/// <summary>
/// The 34 provinces in force from 01/07/2025 with their codes, as Công văn 915/CTK-CSCL lists them. Used to find the
/// province of the commune lists (Công văn 1027/CTK-CSCL), which name provinces but give no code.
/// </summary>
internal static class NewProvinces
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("01", "Thành phố Hà Nội"),
        ("04", "Tỉnh Cao Bằng"),
        ("08", "Tỉnh Tuyên Quang"),
        ("11", "Tỉnh Điện Biên"),
        ("12", "Tỉnh Lai Châu"),
        ("14", "Tỉnh Sơn La"),
        ("15", "Tỉnh Lào Cai"),
        ("19", "Tỉnh Thái Nguyên"),
        ("20", "Tỉnh Lạng Sơn"),
        ("22", "Tỉnh Quảng Ninh"),
        ("24", "Tỉnh Bắc Ninh"),
        ("25", "Tỉnh Phú Thọ"),
        ("31", "Thành phố Hải Phòng"),
        ("33", "Tỉnh Hưng Yên"),
        ("37", "Tỉnh Ninh Bình"),
        ("38", "Tỉnh Thanh Hóa"),
        ("40", "Tỉnh Nghệ An"),
        ("42", "Tỉnh Hà Tĩnh"),
        ("44", "Tỉnh Quảng Trị"),
        ("46", "Thành phố Huế"),
        ("48", "Thành phố Đà Nẵng"),
        ("51", "Tỉnh Quảng Ngãi"),
        ("52", "Tỉnh Gia Lai"),
        ("56", "Tỉnh Khánh Hòa"),
        ("66", "Tỉnh Đắk Lắk"),
        ("68", "Tỉnh Lâm Đồng"),
        ("75", "Tỉnh Đồng Nai"),
        ("79", "Thành phố Hồ Chí Minh"),
        ("80", "Tỉnh Tây Ninh"),
        ("82", "Tỉnh Đồng Tháp"),
        ("86", "Tỉnh Vĩnh Long"),
        ("91", "Tỉnh An Giang"),
        ("92", "Thành phố Cần Thơ"),
        ("96", "Tỉnh Cà Mau"),
    ];

    private static readonly Dictionary<string, string> ByKey =
        All.ToDictionary(p => Key(p.Name), p => p.Code, StringComparer.Ordinal);

    /// <summary>
    /// The code of a province named as a heading or cell writes it ("TỈNH KHÁNH HÒA", "Tp Hồ Chí Minh",
    /// "Thành phố Huế"), ignoring case, diacritics and the type word; null when no province has that name.
    /// </summary>
    public static string? CodeOf(string? name)
    {
        var key = Key(name);
        return key.Length > 0 && ByKey.TryGetValue(key, out var code) ? code : null;
    }

    private static string Key(string? name) => VietnameseText.AccentFreeKey(UnitTypes.StripType(VietnameseText.Clean(name)));
}
