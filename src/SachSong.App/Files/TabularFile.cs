using System.Globalization;
using System.Text;
using ExcelDataReader;
using SachSong.Core.Lists;
using SachSong.Core.Text;

namespace SachSong.App.Files;

/// <summary>
/// Reads .csv, .xlsx and legacy .xls files as rows of text. CSV is read as UTF-8 (with or without BOM) and falls back
/// to Windows-1252 when the bytes are not UTF-8; spreadsheet numbers come back without exponent or decimals where whole
/// (so a 12-digit ID stays 12 digits) and dates as dd/MM/yyyy.
/// </summary>
public static class TabularFile
{
    static TabularFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsSpreadsheet(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".xlsx" or ".xls" or ".xlsm";

    /// <summary>Every row of every sheet (CSV: the one implicit sheet, named null), streaming.</summary>
    public static IEnumerable<TabularRow> ReadRows(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new TabularFileException($"Không tìm thấy tệp '{path}'");
        return IsSpreadsheet(path) ? ReadSpreadsheet(path) : ReadCsv(path);
    }

    private static IEnumerable<TabularRow> ReadCsv(string path)
    {
        var encoding = DetectEncoding(path);
        using var stream = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        // Guess the delimiter from the first line without consuming it.
        var delimiter = ',';
        using (var peek = new StreamReader(path, encoding, true))
        {
            var header = peek.ReadLine();
            if (header is not null) delimiter = CsvReader.GuessDelimiter(header);
        }
        var reader = new CsvReader(stream, delimiter);
        while (reader.ReadRecord() is { } record)
            yield return new TabularRow(null, reader.LineNumber, record);
    }

    private static Encoding DetectEncoding(string path)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var buffer = new byte[1 << 20];
        using var fs = File.OpenRead(path);
        var n = fs.Read(buffer, 0, buffer.Length);
        // Cut at a line end so a multi-byte character is not split by the sample.
        var cut = n;
        if (n == buffer.Length)
        {
            var lf = Array.LastIndexOf(buffer, (byte)'\n', n - 1);
            if (lf > 0) cut = lf;
        }
        try
        {
            strict.GetString(buffer, 0, cut);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252);
        }
    }

    private static IEnumerable<TabularRow> ReadSpreadsheet(string path)
    {
        FileStream stream;
        IExcelDataReader reader;
        try
        {
            stream = File.OpenRead(path);
            reader = ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException or NotSupportedException)
        {
            throw new TabularFileException($"Tệp '{Path.GetFileName(path)}' không phải bảng tính Excel đọc được: {e.Message}", e);
        }
        using (stream)
        using (reader)
        {
            do
            {
                var sheet = reader.Name;
                var row = 0;
                while (true)
                {
                    bool more;
                    try
                    {
                        more = reader.Read();
                    }
                    catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or FormatException)
                    {
                        throw new TabularFileException($"Tệp '{Path.GetFileName(path)}', trang {sheet}: hỏng sau dòng {row}: {e.Message}", e);
                    }
                    if (!more) break;
                    row++;
                    var cells = new string?[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++) cells[i] = CellText(reader.GetValue(i));
                    yield return new TabularRow(sheet, row, cells);
                }
            }
            while (reader.NextResult());
        }
    }

    /// <summary>
    /// Every sheet of a spreadsheet in workbook order, empty ones included, with its merged ranges (rows numbered from 1
    /// as <see cref="ReadRows"/> numbers them, columns 0-based). A CSV file has no sheets to list: the result is empty.
    /// </summary>
    /// <exception cref="TabularFileException">The file is missing or is not a readable spreadsheet; the message names it.</exception>
    public static IReadOnlyList<(string Sheet, IReadOnlyList<MergedCells> Merges)> ReadMergedCells(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new TabularFileException($"Không tìm thấy tệp '{path}'");
        if (!IsSpreadsheet(path)) return [];
        var sheets = new List<(string, IReadOnlyList<MergedCells>)>();
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            do
            {
                var merges = (reader.MergeCells ?? [])
                    .Select(m => new MergedCells(m.FromRow + 1, m.ToRow + 1, m.FromColumn, m.ToColumn))
                    .ToArray();
                sheets.Add((reader.Name, merges));
            }
            while (reader.NextResult());
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException or NotSupportedException or FormatException)
        {
            throw new TabularFileException($"Tệp '{Path.GetFileName(path)}' không phải bảng tính Excel đọc được: {e.Message}", e);
        }
        return sheets;
    }

    /// <summary>Text of a spreadsheet cell value the way the user sees it.</summary>
    public static string? CellText(object? value) => value switch
    {
        null => null,
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        // A fraction as a Vietnamese Excel shows it (decimal comma): "1,234" is then never mistaken for one thousand two
        // hundred and thirty-four, which "1.234" would be in vi-VN.
        double d => d.ToString("R", CultureInfo.GetCultureInfo("vi-VN")),
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero
            ? dt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : dt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
