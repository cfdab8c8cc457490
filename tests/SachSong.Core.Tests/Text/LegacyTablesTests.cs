using System.Globalization;
using System.Text;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Text;

public sealed class LegacyTablesTests
{
    [Theory]
    [InlineData("vietnamese-text/TCVN5712-1.charmap", LegacyEncoding.Tcvn3)]
    [InlineData("vietnamese-text/VISCII.charmap", LegacyEncoding.Viscii)]
    public void Table_EveryByte_MatchesGlibcCharmap(string charmap, LegacyEncoding encoding)
    {
        var expected = ReadSingleByteRows(SharedData.PathOf(charmap));
        var table = encoding == LegacyEncoding.Tcvn3 ? LegacyTables.Tcvn3.ToString() : LegacyTables.Viscii.ToString();

        var actual = Enumerable.Range(0, 256).ToDictionary(b => b, b => (int)table[b]);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Windows1252High_MatchesDotNetCodePage()
    {
        var cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var defined = Enumerable.Range(0x80, 32).Where(b => b is not (0x81 or 0x8D or 0x8F or 0x90 or 0x9D)).ToList();

        var mismatches = defined.Where(b => cp1252.GetString([(byte)b])[0] != LegacyTables.Windows1252High[b - 0x80]).ToList();

        Assert.Empty(mismatches);
    }

    // glibc charmap rows look like "<U1EB2>     /x02         LATIN CAPITAL LETTER A WITH BREVE AND HOOK ABOVE";
    // rows with two bytes (base letter + combining tone in TCVN 5712) are not single-byte facts and are skipped.
    private static Dictionary<int, int> ReadSingleByteRows(string path)
    {
        var rows = new Dictionary<int, int>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !parts[0].StartsWith("<U", StringComparison.Ordinal) || !parts[1].StartsWith("/x", StringComparison.Ordinal)) continue;
            if (parts[1].Length != 4) continue;
            var code = int.Parse(parts[0].AsSpan(2, parts[0].Length - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var value = int.Parse(parts[1].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            rows.Add(value, code);
        }
        return rows;
    }
}
