using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace SachSong.Web.Tests.Lists;

/// <summary>List files made by the tests (real .xlsx and .csv) from people of the demo register, and the API calls that load them.</summary>
internal static class ListFiles
{
    public const string Header = "row_id,personal_id,full_name,birth_date,sex,commune_code";

    /// <summary>A register person as a list row would carry them.</summary>
    public sealed record Person(string PersonalId, string FullName, string BirthDate, string Sex, string CommuneCode);

    /// <summary><paramref name="count"/> living people of <paramref name="commune"/> (or of other communes when <paramref name="outside"/>), from <paramref name="skip"/>.</summary>
    public static async Task<List<Person>> PeopleAsync(App.Storage.Database database, string commune, int count, bool outside = false, int skip = 0)
    {
        await using var db = database.CreateContext();
        var query = db.Citizens.AsNoTracking().Where(c => !c.IsDeceased && (outside ? c.CommuneCode != commune : c.CommuneCode == commune));
        var rows = await query.OrderBy(c => c.Id).Skip(skip).Take(count).ToListAsync();
        return [.. rows.Select(c => c.ToRecord()).Select(c => new Person(c.PersonalId, c.FullName, c.BirthDate.ToString(), c.Sex == Core.Register.Sex.Female ? "Nữ" : "Nam", c.CommuneCode))];
    }

    /// <summary>A CSV row for a person; <paramref name="unknown"/> hides who they are (an ID that is nobody's, another name, 1901).</summary>
    public static string Row(string key, Person p, bool unknown = false) => unknown
        ? $"{key},051099999{Random.Shared.Next(100, 999).ToString(CultureInfo.InvariantCulture)},Không Rõ Tên,1901,{p.Sex},{p.CommuneCode}"
        : $"{key},{p.PersonalId},{p.FullName},{p.BirthDate},{p.Sex},{p.CommuneCode}";

    public static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows]) + "\n");

    /// <summary>A real .xlsx: a title line, a Vietnamese header on row 3, then the rows.</summary>
    public static byte[] Xlsx(string sheetName, IEnumerable<string?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 0;
            foreach (var row in rows)
            {
                r++;
                var xmlRow = new Row { RowIndex = r };
                for (var c = 0; c < row.Length; c++)
                    xmlRow.Append(new Cell
                    {
                        CellReference = ((char)('A' + c)).ToString() + r.ToString(CultureInfo.InvariantCulture),
                        DataType = CellValues.InlineString, InlineString = new InlineString(new Text(row[c] ?? "")),
                    });
                data.Append(xmlRow);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    public static MultipartFormDataContent Form(byte[] file, string fileName, string program = "social_protection", string unit = "524", string? title = null,
        bool restricted = false)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/octet-stream");
        var form = new MultipartFormDataContent { { content, "file", fileName }, { new StringContent(program), "program" }, { new StringContent(unit), "unit" } };
        if (title is not null) form.Add(new StringContent(title), "title");
        if (restricted) form.Add(new StringContent("true"), "restricted");
        return form;
    }

    /// <summary>Imports through the API and returns the new list's response.</summary>
    public static async Task<ImportResponse> ImportAsync(HttpClient client, byte[] file, string fileName, bool restricted = false, CancellationToken ct = default)
    {
        var response = await client.PostAsync("/api/lists", Form(file, fileName, title: "Thử " + Guid.NewGuid().ToString("N")[..8], restricted: restricted), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, body);
        return (await response.Content.ReadFromJsonAsync<ImportResponse>(ct))!;
    }

    public static async Task<MatchResponse> MatchAsync(HttpClient client, long listId, CancellationToken ct = default)
    {
        var response = await client.PostAsync($"/api/lists/{listId}/match", null, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<MatchResponse>(ct))!;
    }

    /// <summary>
    /// A district list imported by laodong and matched by huyen: two people of 21088 (the first unrecognisable) and one
    /// unrecognisable person of another commune; and a fourth person of 21088 under their own ID with another name and birth
    /// year, so the worklist has a register candidate whose fields differ.
    /// </summary>
    public static async Task<(long ListId, Person Hidden, Person Outside)> UnmatchedListAsync(WebApp app, CancellationToken ct)
    {
        var ours = await PeopleAsync(app.Database, "21088", 3, skip: Random.Shared.Next(0, 40));
        var outside = (await PeopleAsync(app.Database, "21088", 1, outside: true, skip: Random.Shared.Next(0, 40)))[0];
        using var laodong = await app.SignedInAsync("laodong", ct: ct);
        var imported = await ImportAsync(laodong, Csv(Row("W1", ours[0], unknown: true), Row("W2", ours[1]), Row("W3", outside, unknown: true),
            $"W4,{ours[2].PersonalId},Tên Sai Hẳn,1902,{ours[2].Sex},21088"), "lam-sach.csv", ct: ct);
        using var huyen = await app.SignedInAsync("huyen", ct: ct);
        await MatchAsync(huyen, imported.ListId, ct);
        return (imported.ListId, ours[0], outside);
    }

    public sealed record Problem(string File, string? Sheet, int Row, string Column, string Message);
    public sealed record ImportResponse(long ListId, int Version, int Imported, int Added, List<Problem> Rejected);
    public sealed record MatchResponse(int Round, int Rematched, int Rows, int Matched, int Review, int Unmatched, bool NothingChanged);
    public sealed record Values(string? PersonalId, string? FullName, string? BirthDate, string? Sex, string? CommuneCode);
    public sealed record Candidate(int Index, string PersonalId, string FullName, List<string> Differs);
    public sealed record WorklistItem(long EntryId, string RowKey, Values Values, string Status, List<string> Reasons, List<Candidate> Candidates);
    public sealed record ListItem(long Id, string Title, string ProgramName, bool Restricted, int Rows, int Matched);
    public sealed record CommuneItem(string CommuneCode, int Rows, int Matched, int Review, int Unmatched);
    public sealed record ListSummary(long Id, string Title, bool Restricted, List<CommuneItem> Communes);
}
