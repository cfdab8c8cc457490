using Microsoft.EntityFrameworkCore;
using SachSong.App.Files;
using SachSong.App.Lists;
using SachSong.App.Register;
using SachSong.App.Units;
using SachSong.Core.Linkage;
using SachSong.Core.Synthetic;
using SachSong.Core.Units;

namespace SachSong.App.Tests.Lists;

/// <summary>The cleansing loop end to end: import a list, match it, correct a row, re-match, follow the rounds, give the workbook back.</summary>
public sealed class ListRoundsTests : IDisposable
{
    private static readonly SyntheticDistrict District = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = 4000, Seed = 11 });
    private readonly string _folder = Directory.CreateTempSubdirectory("sachsong-lists-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rounds_CorrectingAnUnmatchedRow_MatchesItNextRoundAndKeepsTheHistory(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await Seed(test);
        var rows = SocialProtectionRows();
        var person = District.Citizens.Single(c => c.PersonalId == rows[0].TruePersonalId);
        // The first row carries nothing that points to its person: the commune has to find out who it is.
        rows[0] = rows[0] with { PersonalId = "051099999999", FullName = "Không Rõ Tên", BirthDate = "1901" };
        var listId = await ImportXlsx(test, rows);

        var first = Assert.IsType<MatchListResult.Completed>(await new MatchList(test.Database, TimeProvider.System).ExecuteAsync(listId, "lđtbxh", new RegisterMatchSettings(), ct));
        var again = await new MatchList(test.Database, TimeProvider.System).ExecuteAsync(listId, "lđtbxh", new RegisterMatchSettings(), ct);

        Assert.Equal((1, rows.Count, rows.Count), (first.Round, first.Rematched, first.Matched + first.Review + first.Unmatched));
        Assert.IsType<MatchListResult.NothingChanged>(again);

        await using var db = test.Database.CreateContext();
        var missing = await db.ListEntries.SingleAsync(e => e.ListId == listId && e.RowNumber == 3, ct);
        Assert.Equal(MatchStatus.Unmatched, missing.Status);
        var correction = await new CorrectListEntry(test.Database, TimeProvider.System).CorrectAsync(missing.Id,
            missing.Values with { PersonalId = person.PersonalId, FullName = person.FullName, BirthDate = person.BirthDate.ToString() }, "xã bình long", "đã đối chiếu sổ hộ khẩu", ct);
        var second = Assert.IsType<MatchListResult.Completed>(await new MatchList(test.Database, TimeProvider.System).ExecuteAsync(listId, "lđtbxh", new RegisterMatchSettings(), ct));

        await using var after = test.Database.CreateContext();
        var corrected = await after.ListEntries.SingleAsync(e => e.Id == missing.Id, ct);
        Assert.Equal((2, 1), (second.Round, second.Rematched));
        Assert.Equal((MatchStatus.Matched, person.PersonalId, 2), (corrected.Status, corrected.MatchedPersonalId, corrected.MatchedInRound));
        Assert.True(Assert.IsType<CleansingResult.Done>(correction).Changes >= 1);
        Assert.Equal("xã bình long", (await after.ListCorrections.FirstAsync(c => c.EntryId == missing.Id, ct)).By);
        Assert.Equal(second.Matched, first.Matched + 1);
        var rates = await new SummarizeList(test.Database).RoundsAsync(listId, ct);
        Assert.Equal([1, 2], rates.Select(r => r.Round).Distinct());
        Assert.Equal(rows.Count, rates.Where(r => r.Round == 2).Sum(r => r.Rows));
    }

    [Fact]
    public async Task RegisterDeath_AfterAMatch_FlagsTheRowAndTheNextRoundSaysDeceased()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var ct = TestContext.Current.CancellationToken;
        await Seed(test);
        var listId = await ImportXlsx(test, SocialProtectionRows());
        await new MatchList(test.Database, TimeProvider.System).ExecuteAsync(listId, "lđtbxh", new RegisterMatchSettings(), ct);
        await using var db = test.Database.CreateContext();
        var matched = await db.ListEntries.FirstAsync(e => e.ListId == listId && e.Status == MatchStatus.Matched && !e.Reasons.Contains("DECEASED"), ct);
        var changes = Path.Combine(_folder, "changes.csv");
        await File.WriteAllTextAsync(changes, $"personal_id,kind,occurred_on,from_commune_code,to_commune_code,details\n{matched.MatchedPersonalId},death,01/12/2024,,,\n", ct);

        await new ImportRegisterChanges(test.Database, TimeProvider.System).ExecuteAsync(changes, CatalogVersion.ThreeTier.Id, ct);
        await using (var flagged = test.Database.CreateContext())
            Assert.True((await flagged.ListEntries.SingleAsync(e => e.Id == matched.Id, ct)).RegisterChanged);
        var round = Assert.IsType<MatchListResult.Completed>(await new MatchList(test.Database, TimeProvider.System).ExecuteAsync(listId, "lđtbxh", new RegisterMatchSettings(), ct));

        await using var after = test.Database.CreateContext();
        var entry = await after.ListEntries.SingleAsync(e => e.Id == matched.Id, ct);
        Assert.Equal(1, round.Rematched);
        Assert.Contains(MatchReason.Deceased, entry.ReasonList);
    }

    [Fact]
    public async Task Export_MatchedList_IsTheUsersWorkbookWithResultColumnsAndACommuneSummary()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var ct = TestContext.Current.CancellationToken;
        await Seed(test);
        var rows = SocialProtectionRows();
        var listId = await ImportXlsx(test, rows);
        await new MatchList(test.Database, TimeProvider.System).ExecuteAsync(listId, "lđtbxh", new RegisterMatchSettings(), ct);
        var output = Path.Combine(_folder, "ket-qua.xlsx");

        await using (var stream = File.Create(output))
            Assert.True(await new ExportListWorkbook(test.Database, TimeProvider.System).ExecuteAsync(listId, stream, "lđtbxh", ct));

        var sheets = TabularFile.ReadRows(output).GroupBy(r => r.Sheet).ToDictionary(g => g.Key!, g => g.ToList());
        var list = sheets["Danh sách"];
        Assert.Equal("DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI", list[0].Cells[0]);
        Assert.Equal(ExportListWorkbook.AddedHeaders, list[1].Cells.Skip(6).Take(5));
        Assert.Equal(rows.Count, list.Skip(2).Count(r => r.Cells[6] is "Trùng khớp" or "Cần xem xét" or "Chưa trùng khớp"));
        Assert.Contains(sheets["Tổng hợp theo xã"], r => r.Cells[1] == "Thị trấn Châu Ổ");
    }

    [Fact]
    public async Task Discrepancy_AgencyCountsAgainstMatched_ExplainsTheDifferenceWithRows()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var ct = TestContext.Current.CancellationToken;
        await Seed(test);
        var rows = SocialProtectionRows();
        var listId = await ImportXlsx(test, rows);
        await new MatchList(test.Database, TimeProvider.System).ExecuteAsync(listId, "lđtbxh", new RegisterMatchSettings(), ct);
        var agency = rows.GroupBy(r => r.CommuneCode).ToDictionary(g => g.Key, g => g.Count());

        var lines = await new ListDiscrepancy(test.Database).ExecuteAsync(listId, agency, ct);

        Assert.All(lines.Where(l => l.AgencyCount is not null), l => Assert.Equal(l.AgencyCount - l.Matched, l.Difference));
        Assert.All(lines, l => Assert.True(l.Explaining.Count >= (l.ListRows - l.Matched)));
        Assert.Contains(lines, l => l.Explaining.Count > 0);
    }

    private static List<SyntheticListRow> SocialProtectionRows() =>
        District.Lists.Single(l => l.Program == SyntheticPrograms.SocialProtection).Rows.ToList();

    private static async Task Seed(TestDatabase test)
    {
        var ct = TestContext.Current.CancellationToken;
        await new ImportUnits(test.Database).LoadBuiltInAsync(ct);
        await new ImportRegister(test.Database, TimeProvider.System).WriteRecordsAsync(District.Citizens, CatalogVersion.ThreeTier.Id, null, ct);
    }

    private async Task<long> ImportXlsx(TestDatabase test, List<SyntheticListRow> rows)
    {
        var path = Path.Combine(_folder, "bao-tro-xa-hoi.xlsx");
        var table = new List<object?[]>
        {
            new object?[] { "DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI" },
            new object?[] { "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh", "Mã xã" },
        };
        table.AddRange(rows.Select((r, i) => new object?[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), r.FullName, r.BirthDate, r.Sex, r.PersonalId, r.CommuneCode }));
        XlsxFile.Write(path, "Danh sách", table);
        var result = await new ImportList(test.Database, TimeProvider.System).ExecuteAsync(path, "social_protection", "Huyện Bình Sơn",
            CatalogVersion.ThreeTier.Id, null, null, "lđtbxh", TestContext.Current.CancellationToken);
        var completed = Assert.IsType<ImportListResult.Completed>(result);
        Assert.Equal(rows.Count, completed.Imported);
        return completed.ListId;
    }
}
