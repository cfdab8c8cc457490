using Microsoft.EntityFrameworkCore;
using SachSong.App.Lists;
using SachSong.App.Tests.Lists.Reading;
using SachSong.App.Units;
using SachSong.Core.Lists;
using SachSong.Core.Units;

namespace SachSong.App.Tests.Lists;

/// <summary>Seeing the column mapping an import would use, and correcting it once so the next import of the layout reads it so.</summary>
public sealed class ListMappingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string?, string, string> BadCorrections
    {
        get
        {
            var data = new TheoryData<string, string?, string, string>();
            foreach (var provider in new[] { "sqlite", "postgres" })
            {
                data.Add(provider, null, "E=birthday", "Tệp 'ho-ngheo.xlsx', trang 'DS', cột E: không có vai trò 'birthday'; dùng một trong: other, row_number, personal_id");
                data.Add(provider, null, "K=note", "Tệp 'ho-ngheo.xlsx', trang 'DS', cột K: ngoài phạm vi tiêu đề (dòng 2 có các cột A–F)");
                data.Add(provider, null, "0=note", "Tệp 'ho-ngheo.xlsx', trang 'DS': '0' không phải cột");
                data.Add(provider, null, "E=sex:day", "Tệp 'ho-ngheo.xlsx', trang 'DS', cột E: vai trò sex không có phần day");
                data.Add(provider, null, "B=other D=other", "Tệp 'ho-ngheo.xlsx', trang 'DS': Cần có cột Họ và tên hoặc cột Số định danh/CCCD/CMND");
                data.Add(provider, "9", "E=birth_date", "Tệp 'ho-ngheo.xlsx', trang 'DS': Dòng 9 trống hoặc không có");
                data.Add(provider, "hai", "E=birth_date", "Tệp 'ho-ngheo.xlsx', trang 'DS': dòng tiêu đề 'hai' phải là số dòng");
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ShowAsync_NewLayout_GivesTheDetectedMappingWithHeadersRolesAndPreview(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var path = _folder.Save(PoorHouseholds("Xã Bình Long", Households), "ho-ngheo.xlsx");

        var result = await new ListMappings(test.Database, TimeProvider.System).ShowAsync(path, null, TestContext.Current.CancellationToken);

        var sheet = Assert.Single(Assert.IsType<ListMappingResult.Shown>(result).Sheets);
        Assert.Equal((MappingSource.Detected, "DS", 3), (sheet.Source, sheet.Sheet, sheet.Mapping.DataStartRow));
        Assert.Equal(
            ["A STT row_number", "B Họ và tên full_name", "C Giới tính sex", "D Mã định danh hộ personal_id", "E Ngày tháng năm other", "F Thôn village"],
            sheet.Columns.Select(c => $"{c.Letter} {c.Header} {c.RoleName}"));
        Assert.Equal(["1", "Nguyễn Văn Hùng", "Nam", "HN-0001", "12/05/1975", "Thôn Đồng Tâm"], sheet.Preview[0].Cells);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CorrectAsync_WronglyDetectedColumns_NextImportOfTheSameLayoutUsesTheCorrection(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await new ImportUnits(test.Database).LoadBuiltInAsync(ct);
        var first = _folder.Save(PoorHouseholds("Xã Bình Long", Households), "ho-ngheo.xlsx");
        // Another commune's copy of the template: another title, an extra title line, other people.
        var second = _folder.Save(PoorHouseholds("Xã Bình Thạnh", [("Đinh Văn Quý", "Nam", "HN-0107", "03/02/1961", "Thôn Trà Bình")], extraTitle: true), "ho-ngheo-binh-thanh.xlsx");
        var mappings = new ListMappings(test.Database, TimeProvider.System);

        var corrected = await mappings.CorrectAsync(first, new ListMappingCorrection(null, null, ["E=birth_date", "4=other"]), "lđtbxh", ct);
        var import = await new ImportList(test.Database, TimeProvider.System).ExecuteAsync(second, "poor_households", "Huyện Bình Sơn",
            CatalogVersion.ThreeTier.Id, null, null, "lđtbxh", ct);

        var saved = Assert.IsType<ListMappingResult.Saved>(corrected).Sheet;
        Assert.Equal(["D other", "E birth_date"], saved.Columns.Where(c => c.Index is 3 or 4).Select(c => $"{c.Letter} {c.RoleName}"));
        var completed = Assert.IsType<ImportListResult.Completed>(import);
        Assert.Equal(MappingSource.Saved, Assert.Single(completed.Sheets).Source);
        await using var db = test.Database.CreateContext();
        var entry = await db.ListEntries.SingleAsync(e => e.ListId == completed.ListId, ct);
        Assert.Equal(("Đinh Văn Quý", "03/02/1961", null), (entry.Values.FullName, entry.Values.BirthDate, entry.Values.PersonalId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CorrectAsync_HeaderRowsPointedAt_ReplacesTheWronglyDetectedHeaderForTheNextImport(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await new ImportUnits(test.Database).LoadBuiltInAsync(ct);
        var path = _folder.Save(OfficialAboveTheList(), "nguoi-cao-tuoi.xlsx");
        var import = new ImportList(test.Database, TimeProvider.System);
        // The official's own name and ID above the list look like a header too, and come first: the first import reads them so.
        var wrong = Assert.IsType<ImportListResult.Completed>(await import.ExecuteAsync(path, "social_protection", "Huyện Bình Sơn", CatalogVersion.ThreeTier.Id, null, null, "lđtbxh", ct));

        var corrected = await new ListMappings(test.Database, TimeProvider.System).CorrectAsync(path,
            new ListMappingCorrection("Người cao tuổi", "4", ["C=birth_date"]), "lđtbxh", ct);
        var again = Assert.IsType<ImportListResult.Completed>(await import.ExecuteAsync(path, "social_protection", "Huyện Bình Sơn", CatalogVersion.ThreeTier.Id, null, wrong.ListId, "lđtbxh", ct));

        Assert.Equal([2], wrong.Sheets[0].HeaderRows);
        Assert.Equal([4], Assert.IsType<ListMappingResult.Saved>(corrected).Sheet.Mapping.HeaderRows);
        Assert.Equal([4], again.Sheets[0].HeaderRows);
        Assert.Equal((MappingSource.Saved, 3), (again.Sheets[0].Source, again.Imported));
        await using var db = test.Database.CreateContext();
        var births = await db.ListEntries.Where(e => e.ListId == wrong.ListId).OrderBy(e => e.RowNumber).Select(e => e.Values.BirthDate).ToListAsync(ct);
        Assert.Equal(["1941", "1944", "1938"], births);
    }

    [Theory]
    [MemberData(nameof(BadCorrections))]
    public async Task CorrectAsync_BadCorrection_IsRefusedWithFileSheetAndColumnAndNothingSaved(string provider, string? headerRows, string roles, string expected)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var path = _folder.Save(PoorHouseholds("Xã Bình Long", Households), "ho-ngheo.xlsx");

        var result = await new ListMappings(test.Database, TimeProvider.System).CorrectAsync(path, new ListMappingCorrection(null, headerRows, roles.Split(' ')), "lđtbxh", ct);

        var problem = Assert.Single(Assert.IsType<ListMappingResult.Refused>(result).Problems);
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
        await using var db = test.Database.CreateContext();
        Assert.Equal(0, await db.ListTemplates.CountAsync(ct));
    }

    [Fact]
    public async Task CorrectAsync_WorkbookOfSeveralSheetsWithoutASheet_AsksWhichAndSavesNothing()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var ct = TestContext.Current.CancellationToken;
        var book = PoorHouseholds("Xã Bình Long", Households);
        book.Sheet("Tổng hợp").Row("STT", "Họ và tên", "Số định danh").Row(1, "Lê Thị Hoa", "001190000301");
        var path = _folder.Save(book, "hai-trang.xlsx");

        var result = await new ListMappings(test.Database, TimeProvider.System).CorrectAsync(path, new ListMappingCorrection(null, null, ["E=birth_date"]), "lđtbxh", ct);

        Assert.Equal(["Tệp 'hai-trang.xlsx' có 2 trang ('DS', 'Tổng hợp'): chọn trang cần sửa"], Assert.IsType<ListMappingResult.Refused>(result).Problems);
    }

    [Fact]
    public async Task CorrectAsync_SameColumnTwice_IsRefused()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var path = _folder.Save(PoorHouseholds("Xã Bình Long", Households), "ho-ngheo.xlsx");

        var result = await new ListMappings(test.Database, TimeProvider.System).CorrectAsync(path,
            new ListMappingCorrection("DS", null, ["E=birth_date", "5=birth_year"]), "lđtbxh", TestContext.Current.CancellationToken);

        Assert.Equal(["Tệp 'ho-ngheo.xlsx', trang 'DS', cột E: được gán hai lần ('E=birth_date' và '5=birth_year')"], Assert.IsType<ListMappingResult.Refused>(result).Problems);
    }

    private static readonly (string Name, string Sex, string Household, string Born, string Village)[] Households =
    [
        ("Nguyễn Văn Hùng", "Nam", "HN-0001", "12/05/1975", "Thôn Đồng Tâm"),
        ("Đặng Thị Thuỷ", "Nữ", "HN-0002", "1980", "Thôn Đồng Tâm"),
    ];

    // A poor-household list whose "Mã định danh hộ" (the household's code) is taken for a personal ID, and whose birth
    // dates sit under "Ngày tháng năm", which names no field.
    private static XlsxBook PoorHouseholds(string commune, IEnumerable<(string Name, string Sex, string Household, string Born, string Village)> rows, bool extraTitle = false)
    {
        var book = new XlsxBook();
        var sheet = book.Sheet("DS").Row($"DANH SÁCH HỘ NGHÈO NĂM 2025 - {commune.ToUpperInvariant()}");
        if (extraTitle) sheet.Row("(Kèm theo Quyết định số 7/QĐ-UBND)");
        sheet.Row("STT", "Họ và tên", "Giới tính", "Mã định danh hộ", "Ngày tháng năm", "Thôn");
        var n = 0;
        foreach (var r in rows) sheet.Row(++n, r.Name, r.Sex, r.Household, r.Born, r.Village);
        return book;
    }

    // The official who made the list is named above it with her ID: a row that names two fields, as the real header does.
    private static XlsxBook OfficialAboveTheList()
    {
        var book = new XlsxBook();
        book.Sheet("Người cao tuổi")
            .Row("DANH SÁCH NGƯỜI CAO TUỔI")
            .Row("Họ và tên người lập danh sách", "Số định danh")
            .Row("Vũ Thị Duyệt", "001180000900")
            .Row("Họ và tên", "Số ĐDCN", "Sinh")
            .Row("Nguyễn Văn Hùng", "001041000101", "1941")
            .Row("Trần Thị Lan", "001144000102", "1944")
            .Row("Lê Văn Tư", null, "1938");
        return book;
    }
}
