namespace SachSong.Core.Text;

/// <summary>Writes RFC 4180 CSV, quoting only the fields that need it.</summary>
public sealed class CsvWriter(TextWriter writer)
{
    private static readonly char[] NeedsQuotes = [',', '"', '\n', '\r'];

    public void WriteRecord(params ReadOnlySpan<string?> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) writer.Write(',');
            var f = fields[i] ?? string.Empty;
            if (f.AsSpan().IndexOfAny(NeedsQuotes) >= 0)
            {
                writer.Write('"');
                writer.Write(f.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(f);
            }
        }
        writer.Write('\n');
    }
}
