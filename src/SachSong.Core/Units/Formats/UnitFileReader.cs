using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SachSong.Core.Units.Formats;

/// <summary>
/// Reads administrative-unit catalogue and mapping files in the formats listed in <see cref="UnitFileFormats"/>,
/// detecting the format from the content (the file extension is only a hint). Pure: the caller opens the file.
/// </summary>
public static class UnitFileReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads a file: dvhcvn or thanglequoc JSON catalogues, dvhcvn merges/splits mappings, the GSO dispatches 915 (CSV)
    /// and 1027 (Markdown), or a CSV with the GSO export columns. The text must be UTF-8 (a BOM is allowed).
    /// </summary>
    /// <param name="fileName">The file's name as the user gave it; used in messages, and a ".json" name is read as JSON whatever it starts with.</param>
    /// <param name="content">The file's bytes; read to the end, not disposed.</param>
    /// <exception cref="UnitFileFormatException">When the format is not recognised or the content is malformed.</exception>
    public static UnitFile Read(string fileName, Stream content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var file = new UnitFileBuilder(fileName);
        var bytes = ReadAll(content);
        if (bytes.Length == 0) throw file.Error(null, "tệp rỗng");
        if (IsSpreadsheet(bytes))
            throw file.Error(null, "đây là tệp Excel; hãy đọc các dòng của trang tính rồi dùng UnitFileReader.ReadRows");

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw file.Error(null, "không phải văn bản UTF-8", ex);
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];

        var extension = Path.GetExtension(fileName);
        var first = text.AsSpan().TrimStart();
        if (first.Length == 0) throw file.Error(null, "tệp rỗng");
        if (first[0] is '{' or '[' || extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
            return ReadJson(text, file);
        if (Dispatch1027Reader.Recognises(text))
            return Dispatch1027Reader.Read(text, file);
        return ReadDelimited(text, file);
    }

    /// <summary>
    /// Reads the GSO website's Excel export given as rows of cell text (the caller reads the .xlsx/.xls). The header row
    /// ("Mã TP, Tỉnh Thành Phố, Mã QH, Quận Huyện, Mã PX, Phường Xã, Cấp", in any order and spelling of case, diacritics and
    /// spacing) may follow title rows; other columns are ignored. Without district codes the rows are the 2-tier
    /// "2025-07" catalogue, otherwise the 3-tier "2025-03" one. Codes without leading zeros are padded (1 → "01").
    /// Rows are numbered from 1 in messages.
    /// </summary>
    /// <exception cref="UnitFileFormatException">When no header row is found or a row is malformed.</exception>
    public static UnitFile ReadRows(string fileName, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(rows);
        var file = new UnitFileBuilder(fileName);
        var header = GsoRowsReader.FindHeader(rows) ?? throw file.Error(null, MissingGsoHeader);
        return GsoRowsReader.Read(
            rows, header.Index, header.Columns, i => string.Create(CultureInfo.InvariantCulture, $"dòng {i + 1}"), UnitFileFormats.GsoExcel, file);
    }

    private const string MissingGsoHeader =
        "không tìm thấy dòng tiêu đề có các cột 'Mã TP', 'Tỉnh Thành Phố', 'Mã PX', 'Phường Xã'";

    private static UnitFile ReadJson(string text, UnitFileBuilder file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException ex)
        {
            var location = ex.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"dòng {line + 1}, cột {(ex.BytePositionInLine ?? 0) + 1}")
                : null;
            throw file.Error(location, "không phải JSON hợp lệ", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
            {
                var first = FirstObject(data, file, "data");
                if (DvhcvnMappingReader.RecognisesMerges(first)) return DvhcvnMappingReader.ReadMerges(root, file);
                if (DvhcvnMappingReader.RecognisesSplits(first)) return DvhcvnMappingReader.ReadSplits(root, file);
                if (DvhcvnCatalogueReader.Recognises(first)) return DvhcvnCatalogueReader.Read(root, file);
            }
            else if (root.ValueKind == JsonValueKind.Array)
            {
                var first = FirstObject(root, file, "gốc JSON");
                if (ThanglequocReader.RecognisesThreeTier(first)) return ThanglequocReader.ReadThreeTier(root, file);
                if (ThanglequocReader.RecognisesTwoTier(first)) return ThanglequocReader.ReadTwoTier(root, file);
            }
        }
        throw file.Error(null, UnknownFormat);
    }

    private static JsonElement FirstObject(JsonElement array, UnitFileBuilder file, string what)
    {
        foreach (var item in array.EnumerateArray())
            return item.ValueKind == JsonValueKind.Object ? item : throw file.Error(null, $"{UnknownFormat} (phần tử đầu của {what} không phải đối tượng)");
        throw file.Error(null, $"danh sách {what} rỗng");
    }

    private static UnitFile ReadDelimited(string text, UnitFileBuilder file)
    {
        var records = DelimitedText.Parse(text);
        var rows = records.Select(r => r.Cells).ToList();
        if (GsoRowsReader.FindHeader(rows) is { } gso)
        {
            return GsoRowsReader.Read(
                rows, gso.Index, gso.Columns, i => string.Create(CultureInfo.InvariantCulture, $"dòng {records[i].Line}"), UnitFileFormats.GsoCsv, file);
        }
        for (var i = 0; i < Math.Min(records.Count, 50); i++)
        {
            if (Dispatch915Reader.MatchHeader(HeaderKey.OfRow(records[i].Cells)) is { } columns)
                return Dispatch915Reader.Read(records, i, columns, file);
        }
        throw file.Error(null, UnknownFormat);
    }

    private const string UnknownFormat = "không nhận ra định dạng danh mục đơn vị hành chính";

    private static bool IsSpreadsheet(byte[] bytes) =>
        bytes.AsSpan().StartsWith("PK\u0003\u0004"u8) || bytes.AsSpan().StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 });

    private static byte[] ReadAll(Stream content)
    {
        if (content is MemoryStream memory && memory.Position == 0 && memory.TryGetBuffer(out var segment))
            return segment.AsSpan(0, (int)memory.Length).ToArray();
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }
}
