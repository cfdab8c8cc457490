using System.Text;
using SachSong.Core.Linkage;
using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.App.Linkage;

/// <summary>
/// Reads a list CSV with the columns <c>row_id,personal_id,full_name,birth_date,sex,commune_code</c> (Vietnamese headers
/// accepted; a missing value column counts as empty). Values are kept as typed, except that names in a legacy encoding
/// (TCVN3, VNI) are converted. A row without a row_id, or repeating one, is a problem: the output needs one line per row.
/// </summary>
public static class MatchListFile
{
    /// <summary>The rows (null when the header is unusable) and the problems.</summary>
    public sealed record Result(IReadOnlyList<ListRow>? Rows, IReadOnlyList<RowProblem> Problems, string? HeaderError);

    public static Result Read(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        var first = reader.ReadLine();
        if (first is null) return new Result(null, [], $"{file}: tệp trống");
        var csv = new CsvReader(new ConcatReader(first, reader), CsvReader.GuessDelimiter(first));
        var header = csv.ReadRecord() ?? [];
        int rowIdCol = -1;
        var cols = new Dictionary<RegisterColumn, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var key = VietnameseText.AccentFreeKey(header[i]).Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
            if (key is "rowid" or "stt" or "madong" or "id" && rowIdCol < 0)
            {
                rowIdCol = i;
                continue;
            }
            if (RegisterFormat.ColumnOf(header[i]) is { } c && c <= RegisterColumn.CommuneCode && c != RegisterColumn.Address) cols.TryAdd(c, i);
        }
        if (rowIdCol < 0) return new Result(null, [], $"{file}, dòng 1: thiếu cột row_id");
        if (cols.Count == 0) return new Result(null, [], $"{file}, dòng 1: không có cột nào trong personal_id, full_name, birth_date, sex, commune_code");

        var rows = new List<ListRow>();
        var problems = new List<RowProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.ReadRecord() is { } cells)
        {
            if ((rows.Count & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (cells.Length == 0 || cells.All(string.IsNullOrWhiteSpace)) continue;
            var line = csv.LineNumber;
            if (cells.Length > header.Length)
            {
                problems.Add(new RowProblem(file, null, line, header[^1], $"Dòng có {cells.Length} ô, tiêu đề có {header.Length} cột"));
                continue;
            }
            var rowId = Cell(cells, rowIdCol);
            if (rowId is null)
            {
                problems.Add(new RowProblem(file, null, line, header[rowIdCol], "Thiếu row_id"));
                continue;
            }
            if (!seen.TryAdd(rowId, line))
            {
                problems.Add(new RowProblem(file, null, line, header[rowIdCol], $"row_id '{rowId}' trùng với dòng {seen[rowId]}"));
                continue;
            }
            string? Value(RegisterColumn c) => cols.TryGetValue(c, out var i) ? Cell(cells, i) : null;
            var name = Value(RegisterColumn.FullName);
            if (name is not null && !PlainText.IsPlainVietnamese(name) && LegacyText.Repair(name) is { Success: true } repaired) name = repaired.Value;
            rows.Add(new ListRow(rowId, Value(RegisterColumn.PersonalId), name, Value(RegisterColumn.BirthDate), Value(RegisterColumn.Sex),
                Value(RegisterColumn.CommuneCode)));
        }
        return new Result(rows, problems, null);
    }

    private static string? Cell(string[] cells, int i)
    {
        if (i >= cells.Length) return null;
        var s = cells[i].Trim();
        return s.Length == 0 ? null : s;
    }

    /// <summary>A reader that gives back a line already read, then the rest.</summary>
    private sealed class ConcatReader(string first, TextReader rest) : TextReader
    {
        private bool _firstDone;

        public override string? ReadLine()
        {
            if (_firstDone) return rest.ReadLine();
            _firstDone = true;
            return first;
        }
    }
}
