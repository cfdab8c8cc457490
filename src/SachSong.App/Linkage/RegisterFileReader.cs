using System.Text;
using SachSong.Core.Linkage;
using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.App.Linkage;

/// <summary>
/// Reads a register CSV (the columns of <see cref="RegisterFormat"/>, Vietnamese headers accepted, <c>legacy_id</c> used
/// when present) straight into a <see cref="RegisterIndex"/>, reporting every bad row with file, row and column. Rows in
/// the plain form (12-digit ID, dd/MM/yyyy, Nam/Nữ, 5-digit commune) take a fast path; anything else goes through
/// <see cref="RegisterFormat.ReadRow"/>, which accepts the same values as <c>register import</c> and explains the rest.
/// </summary>
public static class RegisterFileReader
{
    private static readonly bool[] KnownProvince = BuildProvinces();

    /// <summary>The index (null when the header is unusable), the problems, and the number of data rows read.</summary>
    public sealed record Result(RegisterIndex? Index, IReadOnlyList<RowProblem> Problems, int RowsRead, string? HeaderError);

    public static Result Read(string path, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 20);
        var headerLine = reader.ReadLine();
        if (headerLine is null) return new Result(null, [], 0, $"{file}: tệp trống");
        if (headerLine.Length > 0 && headerLine[0] == '\uFEFF') headerLine = headerLine[1..];
        var delimiter = CsvReader.GuessDelimiter(headerLine);
        var header = new CsvReader(new StringReader(headerLine), delimiter).ReadRecord() ?? [];
        var mapped = RegisterFormat.MapHeader(header);
        if (!mapped.Success) return new Result(null, [], 0, $"{file}, dòng 1: {mapped.Error}");
        var map = mapped.Value;
        int Col(RegisterColumn c) => map.TryGetValue(c, out var i) ? i : -1;
        int cId = Col(RegisterColumn.PersonalId), cName = Col(RegisterColumn.FullName), cBirth = Col(RegisterColumn.BirthDate),
            cSex = Col(RegisterColumn.Sex), cCommune = Col(RegisterColumn.CommuneCode), cDeceased = Col(RegisterColumn.Deceased),
            cLegacy = Col(RegisterColumn.LegacyId), cDeath = Col(RegisterColumn.DeathDate);
        var maxCol = new[] { cId, cName, cBirth, cSex, cCommune, cDeceased, cLegacy, cDeath }.Max();

        var builder = new RegisterIndexBuilder(EstimateRows(stream.Length, headerLine.Length));
        var problems = new List<RowProblem>();
        var rows = 0;
        var lineNo = 1;
        Span<Range> ranges = stackalloc Range[Math.Max(header.Length, maxCol + 1) + 2];
        string? line;
        var rowIds = new List<int>();
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0) continue;
            if ((rows & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var startLine = lineNo;
            if (line.Contains('"', StringComparison.Ordinal))
            {
                // Quoted fields (possibly spanning lines): the general reader, then the general row check.
                var text = new StringBuilder(line);
                while (CountQuotes(text) % 2 == 1 && reader.ReadLine() is { } more)
                {
                    text.Append('\n').Append(more);
                    lineNo++;
                }
                var cells = new CsvReader(new StringReader(text.ToString()), delimiter).ReadRecord() ?? [];
                rows++;
                if (Slow(cells, map, header, file, startLine, today, problems, builder)) rowIds.Add(startLine);
                continue;
            }
            rows++;
            var span = line.AsSpan();
            var count = span.Split(ranges, delimiter);
            if (count > maxCol && Fast(span, ranges, cId, cName, cBirth, cSex, cCommune, cDeceased, cLegacy, cDeath, today, builder))
            {
                rowIds.Add(startLine);
                continue;
            }
            if (Slow(line.Split(delimiter), map, header, file, startLine, today, problems, builder)) rowIds.Add(startLine);
        }
        var index = builder.Build();
        // The register must not give one ID to two people: report the later rows.
        var ids = index.Table.Column<DigitsColumn>(RegisterColumns.PersonalId);
        for (var r = 0; r < index.Count; r++)
        {
            var first = ids.FindFirst(ids.Value(r), ids.Length(r));
            if (first != r)
                problems.Add(new RowProblem(file, null, rowIds[r], header[cId], $"Số định danh {ids.Text(r)} trùng với dòng {rowIds[first]}"));
        }
        return new Result(index, problems, rows, null);
    }

    private static int EstimateRows(long bytes, int headerLength) => (int)Math.Clamp(bytes / Math.Max(60, headerLength), 16, 50_000_000);

    private static int CountQuotes(StringBuilder sb)
    {
        var n = 0;
        foreach (var chunk in sb.GetChunks())
            foreach (var c in chunk.Span)
                if (c == '"') n++;
        return n;
    }

    private static bool Slow(string[] cells, Dictionary<RegisterColumn, int> map, string[] header, string file, int line, DateOnly today,
        List<RowProblem> problems, RegisterIndexBuilder builder)
    {
        var record = RegisterFormat.ReadRow(cells, map, header, (file, null, line), today, _ => true, problems);
        if (record is null) return false;
        builder.Add(RegisterPerson.From(record));
        return true;
    }

    /// <summary>The plain row: every value in its usual form and consistent with the ID; false sends the row to the general check.</summary>
    private static bool Fast(ReadOnlySpan<char> line, Span<Range> r, int cId, int cName, int cBirth, int cSex, int cCommune, int cDeceased,
        int cLegacy, int cDeath, DateOnly today, RegisterIndexBuilder builder)
    {
        var id = line[r[cId]].Trim();
        if (id.Length != 12 || !DigitsColumn.TryParse(id, out var idValue, out _)) return false;
        if (!KnownProvince[(int)(idValue / 1_000_000_000L)]) return false;
        var g = (int)(idValue / 100_000_000L % 10);
        var idYear = 1900 + (g / 2 * 100) + (int)(idValue / 1_000_000L % 100);

        var name = line[r[cName]].Trim();
        if (name.Length == 0 || !PlainText.IsPlainVietnamese(name)) return false;

        var birth = line[r[cBirth]].Trim();
        long d = 0, m = 0, y;
        switch (birth.Length)
        {
            case 10 when birth[2] == '/' && birth[5] == '/':
                if (!DigitsColumn.TryParse(birth[..2], out d, out _) || !DigitsColumn.TryParse(birth[3..5], out m, out _)
                    || !DigitsColumn.TryParse(birth[6..], out y, out _)) return false;
                break;
            case 7 when birth[2] == '/':
                if (!DigitsColumn.TryParse(birth[..2], out m, out _) || !DigitsColumn.TryParse(birth[3..], out y, out _)) return false;
                break;
            case 4:
                if (!DigitsColumn.TryParse(birth, out y, out _)) return false;
                break;
            default:
                return false;
        }
        if (y != idYear || (birth.Length > 4 && m is < 1 or > 12) || (birth.Length == 10 && (d < 1 || d > DateTime.DaysInMonth((int)y, (int)m))))
            return false;
        if (new DateOnly((int)y, (int)Math.Max(1, m), (int)Math.Max(1, d)) > today) return false;

        var sexText = line[r[cSex]].Trim();
        Sex sex;
        if (sexText.SequenceEqual("Nam")) sex = Sex.Male;
        else if (sexText.SequenceEqual("Nữ")) sex = Sex.Female;
        else return false;
        if ((g % 2 == 1) != (sex == Sex.Female)) return false;

        var commune = line[r[cCommune]].Trim();
        if (commune.Length != 5 || !DigitsColumn.TryParse(commune, out _, out _)) return false;

        var deceased = false;
        if (cDeceased >= 0)
        {
            var dec = line[r[cDeceased]].Trim();
            if (dec.SequenceEqual("1")) deceased = true;
            else if (!(dec.Length == 0 || dec.SequenceEqual("0"))) return false;
        }
        if (cDeath >= 0 && !line[r[cDeath]].Trim().IsEmpty) return false;
        var legacy = cLegacy >= 0 ? line[r[cLegacy]].Trim() : [];
        if (legacy.Length != 0 && (legacy.Length != 9 || !DigitsColumn.TryParse(legacy, out _, out _))) return false;

        builder.Add(id, name.ToString(), (int)((y * 10000) + (m * 100) + d), sex, commune, deceased, legacy);
        return true;
    }

    private static bool[] BuildProvinces()
    {
        var known = new bool[1000];
        foreach (var code in BirthRegistrationProvinces.Codes) known[int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)] = true;
        return known;
    }
}
