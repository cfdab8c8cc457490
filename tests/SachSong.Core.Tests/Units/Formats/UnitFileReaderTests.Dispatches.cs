using SachSong.Core.Units;
using SachSong.Core.Units.Formats;

namespace SachSong.Core.Tests.Units.Formats;

public sealed partial class UnitFileReaderTests
{
    [Fact]
    public void Read_Dispatch915_Gives34ProvincesWithTypePrefix()
    {
        var file = files.Dispatch915;

        Assert.Equal((34, 0, 0), Count(file));
        Assert.Equal(UnitFileFormats.Dispatch915, file.Format);
        Assert.Equal(
            [
                new AdministrativeUnit("2025-07", "01", "Thành phố Hà Nội", "Thành phố Trung ương", UnitLevel.Province, null),
                new AdministrativeUnit("2025-07", "04", "Tỉnh Cao Bằng", "Tỉnh", UnitLevel.Province, null),
            ],
            file.Units.Take(2));
    }

    [Fact]
    public void Read_Dispatch915_AgreesWithThanglequocProvinces()
    {
        var thanglequoc = files.ThanglequocV3.Units.Where(u => u.Level == UnitLevel.Province).Select(u => (u.Code, u.Name, u.Type));

        var dispatch = files.Dispatch915.Units.Select(u => (u.Code, u.Name, u.Type));

        Assert.Equal(thanglequoc.Order(), dispatch.Order());
    }

    [Fact]
    public void Read_Dispatch1027_Gives3321CommunesAllWithParent()
    {
        var file = files.Dispatch1027;

        Assert.Equal((0, 0, 3_321), Count(file));
        Assert.Equal(UnitFileFormats.Dispatch1027, file.Format);
        Assert.Empty(file.Warnings);
        Assert.Equal(34, file.Units.Select(u => u.ParentCode).Distinct().Count(c => c is not null));
    }

    [Fact]
    public void Read_Dispatch1027_JoinsNamesBrokenByBr()
    {
        var file = files.Dispatch1027;

        Assert.Equal(
            [
                new AdministrativeUnit("2025-07", "00226", "Phường Văn Miếu - Quốc Tử Giám", "Phường", UnitLevel.Commune, "01"),
                new AdministrativeUnit("2025-07", "04630", "Xã Tú Lệ", "Xã", UnitLevel.Commune, "15"),
                new AdministrativeUnit("2025-07", "21040", "Xã Bình Sơn", "Xã", UnitLevel.Commune, "51"),
            ],
            [Unit(file, UnitLevel.Commune, "00226"), Unit(file, UnitLevel.Commune, "04630"), Unit(file, UnitLevel.Commune, "21040")]);
    }

    [Fact]
    public void Read_Dispatch1027_AgreesWithThanglequocExceptKnownCodes()
    {
        var thanglequoc = files.ThanglequocV3.Units.Where(u => u.Level == UnitLevel.Commune).Select(u => (u.Code, u.ParentCode)).ToHashSet();

        var onlyInDispatch = files.Dispatch1027.Units.Select(u => (u.Code, u.ParentCode)).Where(c => !thanglequoc.Contains(c));

        // Ba Chẽ and Ia Mơ have other codes in thanglequoc (06978, 23938); see the data README.
        Assert.Equal([("06970", "22"), ("23737", "52")], onlyInDispatch.Order());
    }

    [Fact]
    public void Read_Dispatch1027UnknownProvinceHeading_LeavesParentNullWithWarning()
    {
        const string markdown = """
            | Stt | Mã số | Tên đơn vị hành chính | Tỉnh (thành phố) |
            | --- | ----- | --------------------- | ---------------- |
            |     |       | TỈNH HÀ TÂY           |                  |
            | 1   | 09999 | Xã<br>Thử             |                  |
            """;

        var file = UnitFileReader.Read("1027.md", Text(markdown));

        Assert.Equal(new AdministrativeUnit("2025-07", "09999", "Xã Thử", "Xã", UnitLevel.Commune, null), Assert.Single(file.Units));
        Assert.Equal(2, file.Warnings.Count);
        Assert.Contains("HÀ TÂY", file.Warnings[0], StringComparison.Ordinal);
    }

    private static MemoryStream Text(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}
