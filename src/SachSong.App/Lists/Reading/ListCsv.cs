using System.Text;
using SachSong.Core.Lists;
using SachSong.Core.Text;

namespace SachSong.App.Lists.Reading;

/// <summary>
/// Reads a CSV list as one sheet. UTF-8 (with or without BOM), else Windows-1252, whose characters are what the legacy
/// converters expect. The delimiter (',', ';' or tab) is guessed from the first lines together, since a list's first
/// line is often a title with no delimiter at all.
/// </summary>
internal static class ListCsv
{
    private const int LinesForDelimiter = 30;

    public static SheetGrid Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = Decode(bytes);
        var delimiter = CsvReader.GuessDelimiter(text, LinesForDelimiter);
        var reader = new CsvReader(new StringReader(text), delimiter);
        var rows = new List<SheetRow>();
        while (reader.ReadRecord() is { } record) rows.Add(new SheetRow(reader.LineNumber, record));
        return new SheetGrid(null, rows, []);
    }

    private static string Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(span);
        }
        catch (DecoderFallbackException)
        {
            var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
                ?? throw new InvalidOperationException("Code page 1252 is not available.");
            return windows1252.GetString(span);
        }
    }
}
