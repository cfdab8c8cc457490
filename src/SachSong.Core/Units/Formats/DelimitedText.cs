using SachSong.Core.Text;

namespace SachSong.Core.Units.Formats;

/// <summary>
/// Splits CSV text into numbered records with <see cref="CsvReader"/>; the delimiter is whichever of comma, semicolon or tab
/// the first non-blank line uses most, since Excel saves CSV with the list separator of the machine's locale.
/// </summary>
internal static class DelimitedText
{
    public static List<TextRecord> Parse(string text)
    {
        var firstLine = text.Split('\n').FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? string.Empty;
        var reader = new CsvReader(new StringReader(text), CsvReader.GuessDelimiter(firstLine));
        var records = new List<TextRecord>();
        while (reader.ReadRecord() is { } record)
            records.Add(new TextRecord(reader.LineNumber, record.Length == 0 ? [""] : record));
        return records;
    }
}
