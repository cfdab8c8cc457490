using System.Text;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Register;
using SachSong.App.Units;
using SachSong.Core.Register;
using SachSong.Core.Text;
using SachSong.Core.Units;

namespace SachSong.App.Tests.Register;

public sealed class ImportRegisterTests : IDisposable
{
    private const string Header = "personal_id,full_name,birth_date,sex,commune_code,address,deceased";
    private static readonly string Man1980 = PersonalId.Create("051", Sex.Male, 1980, 123).Value;
    private static readonly string Woman1950 = PersonalId.Create("051", Sex.Female, 1950, 4567).Value;
    private static readonly string Girl2019 = PersonalId.Create("049", Sex.Female, 2019, 88).Value;
    private readonly string _folder = Directory.CreateTempSubdirectory("sachsong-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_ValidCsv_StoresEveryRowWithItsFields(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var path = Csv("ok.csv",
            Header,
            $"{Man1980},Nguyễn Văn Hùng,05/03/1980,Nam,21040,Thôn An Điềm,0",
            $"{Woman1950},Trần Thị Thuỷ,1950,Nữ,21046,Thôn Phước Hòa,1",
            $"{Girl2019},Lê Ngọc Ánh,2019-11-30,Nữ,21112,,0");

        var result = await Import(test, path);

        var completed = Assert.IsType<RegisterImportResult.Completed>(result);
        Assert.Equal((3, 3, 0), (completed.RowsRead, completed.Inserted, completed.Updated));
        await using var db = test.Database.CreateContext();
        var woman = await db.Citizens.SingleAsync(c => c.PersonalId == Woman1950, TestContext.Current.CancellationToken);
        Assert.Equal(("Trần Thị Thuỷ", "tran thi thuy", 1950, null, true, Sex.Female, "21046", "2025-03"),
            (woman.FullName, woman.NameKey, woman.BirthYear, woman.BirthMonth, woman.IsDeceased, woman.Sex, woman.CommuneCode, woman.CatalogVersion));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_SameIdAgain_UpdatesTheRecordInsteadOfAddingOne(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await Import(test, Csv("first.csv", Header, $"{Man1980},Nguyen Van Hung,05/03/1980,Nam,21040,Thôn A,0"));

        var result = await Import(test, Csv("second.csv", Header, $"{Man1980},Nguyễn Văn Hùng,05/03/1980,Nam,21043,Thôn B,0"));

        Assert.Equal((0, 1), (((RegisterImportResult.Completed)result).Inserted, ((RegisterImportResult.Completed)result).Updated));
        await using var db = test.Database.CreateContext();
        var all = await db.Citizens.ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("Nguyễn Văn Hùng", "21043", "Thôn B"), (Assert.Single(all).FullName, all[0].CommuneCode, all[0].Address));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_FileWithBadRows_WritesNothingAndNamesFileRowAndColumn(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await Import(test, Csv("existing.csv", Header, $"{Girl2019},Lê Ngọc Ánh,30/11/2019,Nữ,21112,,0"));
        var path = Csv("bad.csv",
            Header,
            $"{Man1980},Nguyễn Văn Hùng,05/03/1980,Nam,21040,Thôn An Điềm,0",
            "12345,Phạm Văn A,01/01/1990,Nam,21040,,0",
            $"{Woman1950},Trần Thị B,31/02/1950,Nữ,21046,,0",
            $"{Man1980[..3]}0{Man1980[4..]},Võ Văn C,01/01/1980,Nữ,21040,,0",
            $"{PersonalId.Create("051", Sex.Male, 1990, 1)},Đỗ Văn D,01/01/2090,Nam,21040,,0",
            $"{PersonalId.Create("051", Sex.Male, 1991, 2)},Hồ Văn E,01/01/1991,Nam,99999,,0",
            $"{Man1980},Nguyễn Văn Hùng,05/03/1980,Nam,21040,Thôn An Điềm,0");

        var result = await Import(test, path);

        var rejected = Assert.IsType<RegisterImportResult.Rejected>(result);
        Assert.Equal(
            [
                "bad.csv, dòng 3, cột personal_id",
                "bad.csv, dòng 4, cột birth_date",
                "bad.csv, dòng 5, cột sex",
                "bad.csv, dòng 6, cột birth_date",
                "bad.csv, dòng 7, cột commune_code",
                "bad.csv, dòng 8, cột personal_id",
            ],
            rejected.Problems.Select(p => p.ToString()[..p.ToString().IndexOf(':', StringComparison.Ordinal)]));
        await using var db = test.Database.CreateContext();
        Assert.Equal([Girl2019], await db.Citizens.Select(c => c.PersonalId).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ExecuteAsync_ImpossibleAndFutureDates_SayWhyInVietnamese()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var path = Csv("dates.csv", Header,
            $"{Woman1950},Trần Thị B,31/02/1950,Nữ,21046,,0",
            $"{PersonalId.Create("051", Sex.Male, 2090, 1)},Đỗ Văn D,01/01/2090,Nam,21040,,0");

        var rejected = Assert.IsType<RegisterImportResult.Rejected>(await Import(test, path));

        Assert.Collection(rejected.Problems,
            p => Assert.Contains("không có ngày 31", p.Message, StringComparison.Ordinal),
            p => Assert.Contains("tương lai", p.Message, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExecuteAsync_AcceptValidRows_WritesTheGoodRowsAndReportsTheBad(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var path = Csv("mixed.csv", Header,
            $"{Man1980},Nguyễn Văn Hùng,05/03/1980,Nam,21040,,0",
            $"{Woman1950},,1950,Nữ,21046,,0");
        await new ImportUnits(test.Database).LoadBuiltInAsync(TestContext.Current.CancellationToken);

        var result = await new ImportRegister(test.Database, TimeProvider.System)
            .ExecuteAsync(path, CatalogVersion.ThreeTier.Id, acceptValidRows: true, null, TestContext.Current.CancellationToken);

        var completed = Assert.IsType<RegisterImportResult.Completed>(result);
        Assert.Equal((1, "full_name", 3), (completed.Inserted, Assert.Single(completed.Problems).Column, completed.Problems[0].Row));
    }

    [Fact]
    public async Task ExecuteAsync_XlsxWithVietnameseHeadersAndNumericCells_Imports()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var path = Path.Combine(_folder, "so-dan-cu.xlsx");
        XlsxFile.Write(path, "Dân cư",
        [
            ["Số định danh", "Họ và tên", "Ngày sinh", "Giới tính", "Mã xã", "Địa chỉ", "Đã mất"],
            [double.Parse(Man1980, System.Globalization.CultureInfo.InvariantCulture), "Nguyễn Văn Hùng", 29285d, "Nam", 21040d, "Thôn An Điềm", 0d],
        ]);

        var result = await Import(test, path);

        Assert.Equal(1, Assert.IsType<RegisterImportResult.Completed>(result).Inserted);
        await using var db = test.Database.CreateContext();
        var man = await db.Citizens.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((Man1980, 1980, 3, 5), (man.PersonalId, man.BirthYear, man.BirthMonth, man.BirthDay));
    }

    [Theory]
    [InlineData(LegacyEncoding.Tcvn3)]
    [InlineData(LegacyEncoding.Vni)]
    public async Task ExecuteAsync_CsvSavedInALegacyEncoding_StoresUnicodeNames(LegacyEncoding encoding)
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var path = Path.Combine(_folder, "cu.csv");
        var text = string.Join('\n',
            Header,
            $"{Man1980},Nguyễn Văn Hưng,05/03/1980,Nam,21040,Thôn Phước Hòa,0",
            $"{Woman1950},Trần Thị Thuỷ,1950,Nữ,21046,Thôn An Điềm,0") + "\n";
        await File.WriteAllBytesAsync(path, LegacyText.Encode(text, encoding), TestContext.Current.CancellationToken);

        var result = await Import(test, path);

        Assert.IsType<RegisterImportResult.Completed>(result);

        await using var db = test.Database.CreateContext();
        Assert.Equal(["Nguyễn Văn Hưng", "Trần Thị Thuỷ"],
            await db.Citizens.OrderBy(c => c.PersonalId).Select(c => c.FullName).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ExecuteAsync_XlsxTypedInVnTimeFont_StoresUnicodeNames()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var path = Path.Combine(_folder, "vntime.xlsx");
        XlsxFile.Write(path, "Sheet1",
        [
            ["Số định danh", "Họ và tên", "Ngày sinh", "Giới tính", "Mã xã", "Địa chỉ", "Đã mất"],
            [Man1980, LegacyText.FromUnicode("Đặng Quốc Việt", LegacyEncoding.Tcvn3), "05/03/1980", "Nam", "21040", LegacyText.FromUnicode("Thôn Vĩnh An", LegacyEncoding.Tcvn3), "0"],
        ]);

        await Import(test, path);

        await using var db = test.Database.CreateContext();
        var man = await db.Citizens.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("Đặng Quốc Việt", "Thôn Vĩnh An"), (man.FullName, man.Address));
    }

    [Fact]
    public async Task ExecuteAsync_NotASpreadsheet_SaysSoNamingTheFile()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var path = Path.Combine(_folder, "broken.xlsx");
        await File.WriteAllTextAsync(path, "this is not a zip", TestContext.Current.CancellationToken);

        var result = await Import(test, path);

        Assert.Contains("broken.xlsx", Assert.IsType<RegisterImportResult.Unreadable>(result).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_MissingColumns_ListsThem()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");

        var result = await Import(test, Csv("cols.csv", "personal_id,full_name", $"{Man1980},A"));

        Assert.Contains("birth_date, sex, commune_code", Assert.IsType<RegisterImportResult.Unreadable>(result).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_ThenImportIntoAnEmptyDatabase_GivesTheSameRegister(string provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider);
        await Import(source, Csv("src.csv", Header,
            $"{Man1980},Nguyễn Văn Hùng,05/03/1980,Nam,21040,\"Thôn An Điềm, tổ 3\",0",
            $"{Woman1950},Trần Thị Thuỷ,03/1950,Nữ,21046,,1"));
        var exported = Path.Combine(_folder, "export.csv");
        await using (var writer = new StreamWriter(exported, false, new UTF8Encoding(false)))
            await new ExportRegister(source.Database).ExecuteAsync(writer, allColumns: true, null, TestContext.Current.CancellationToken);
        await using var target = await TestDatabase.CreateAsync("sqlite");

        await Import(target, exported);

        await using var a = source.Database.CreateContext();
        await using var b = target.Database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(
            (await a.Citizens.OrderBy(c => c.PersonalId).ToListAsync(ct)).Select(c => c.ToRecord()),
            (await b.Citizens.OrderBy(c => c.PersonalId).ToListAsync(ct)).Select(c => c.ToRecord()));
    }

    private static async Task<RegisterImportResult> Import(TestDatabase test, string path)
    {
        await new ImportUnits(test.Database).LoadBuiltInAsync(TestContext.Current.CancellationToken);
        return await new ImportRegister(test.Database, TimeProvider.System)
            .ExecuteAsync(path, CatalogVersion.ThreeTier.Id, acceptValidRows: false, null, TestContext.Current.CancellationToken);
    }

    private string Csv(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }
}
