using System.Text;

namespace SachSong.Core.Text;

/// <summary>
/// A small RFC 4180 reader: fields separated by commas (or another delimiter), optional double quotes,
/// quotes doubled inside quoted fields, line breaks inside quoted fields. Lines are numbered from 1 as an editor shows them.
/// </summary>
public sealed class CsvReader(TextReader reader, char delimiter = ',')
{
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];

    /// <summary>Line number (1-based) where the last record returned started.</summary>
    public int LineNumber { get; private set; }

    private int _nextLine = 1;

    /// <summary>The next record, or null at the end. A blank line gives an empty array.</summary>
    public string[]? ReadRecord()
    {
        var line = reader.ReadLine();
        if (line is null) return null;
        LineNumber = _nextLine++;
        if (LineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF') line = line[1..];
        if (line.Length == 0) return [];
        if (!line.Contains('"', StringComparison.Ordinal)) return line.Split(delimiter);

        _fields.Clear();
        _field.Clear();
        var inQuotes = false;
        while (true)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            _field.Append('"');
                            i++;
                        }
                        else
                        {
                            inQuotes = false;
                        }
                    }
                    else
                    {
                        _field.Append(c);
                    }
                }
                else if (c == '"' && _field.Length == 0)
                {
                    inQuotes = true;
                }
                else if (c == delimiter)
                {
                    _fields.Add(_field.ToString());
                    _field.Clear();
                }
                else
                {
                    _field.Append(c);
                }
            }
            if (!inQuotes) break;
            var next = reader.ReadLine();
            if (next is null) break; // unterminated quote at end of file: keep what we have
            _nextLine++;
            _field.Append('\n');
            line = next;
        }
        _fields.Add(_field.ToString());
        return [.. _fields];
    }

    /// <summary>
    /// Guesses the delimiter (',', ';' or tab: ';' and tab are common in Vietnamese Excel exports) from a header line, or from
    /// the first <paramref name="lines"/> lines of <paramref name="text"/> together when the first line may be a title without
    /// any. Delimiters inside quotes do not count.
    /// </summary>
    public static char GuessDelimiter(string text, int lines = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        using var reader = new StringReader(text);
        for (var i = 0; i < lines && reader.ReadLine() is { } line; i++)
        {
            var quoted = false;
            foreach (var c in line)
            {
                if (c == '"') quoted = !quoted;
                else if (!quoted && counts.TryGetValue(c, out var n)) counts[c] = n + 1;
            }
        }
        var best = ',';
        foreach (var d in new[] { ';', '\t' })
            if (counts[d] > counts[best]) best = d;
        return best;
    }
}
