using System.Text;

namespace SachSong.Core.Units.Formats;

/// <summary>
/// Splits CSV text (RFC 4180: optional double quotes, doubled quotes inside them, line breaks inside quoted cells)
/// into records. The delimiter is whichever of comma, semicolon or tab the first non-blank line uses most,
/// since Excel saves CSV with the list separator of the machine's locale.
/// </summary>
internal static class DelimitedText
{
    public static List<TextRecord> Parse(string text)
    {
        var delimiter = GuessDelimiter(text);
        var records = new List<TextRecord>();
        var cells = new List<string?>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quoted = false;

        void EndCell()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            quoted = false;
        }

        void EndRecord()
        {
            EndCell();
            records.Add(new TextRecord(recordLine, cells.ToArray()));
            cells.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0 && !quoted)
            {
                inQuotes = quoted = true;
            }
            else if (c == delimiter)
            {
                EndCell();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRecord();
                recordLine = ++line;
            }
            else
            {
                cell.Append(c);
            }
        }
        if (cell.Length > 0 || cells.Count > 0 || quoted) EndRecord();
        return records;
    }

    private static char GuessDelimiter(string text)
    {
        var firstLine = text.Split('\n').FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? string.Empty;
        var best = ',';
        var bestCount = 0;
        foreach (var candidate in new[] { ',', ';', '\t' })
        {
            var count = firstLine.Count(c => c == candidate);
            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
