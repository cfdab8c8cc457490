using SachSong.Core.Text;

namespace SachSong.Core.Tests.Text;

public sealed class CsvReaderTests
{
    [Fact]
    public void ReadRecord_QuotedFieldsWithCommasQuotesAndLineBreaks_AreKeptWhole()
    {
        var reader = new CsvReader(new StringReader("\uFEFFa,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,1\n"));

        var records = new List<string>();
        while (reader.ReadRecord() is { } r) records.Add($"{reader.LineNumber}:{string.Join('|', r)}");

        Assert.Equal(["1:a|b", "2:x, y|say \"hi\"", "3:two\nlines|z", "5:last|1"], records);
    }

    [Theory]
    [InlineData("a;b;c", ';')]
    [InlineData("a,b,c", ',')]
    [InlineData("a\tb\tc", '\t')]
    public void GuessDelimiter_HeaderLine_PicksTheMostFrequent(string header, char expected) =>
        Assert.Equal(expected, CsvReader.GuessDelimiter(header));

    [Fact]
    public void GuessDelimiter_TitleLineFirst_IsReadFromTheLinesTogether() =>
        Assert.Equal(';', CsvReader.GuessDelimiter("DANH SÁCH HỘ NGHÈO NĂM 2025, XÃ BÌNH LONG\nSTT;Họ và tên;Ngày sinh\n1;Nguyễn Văn An;01/02/1990\n", lines: 30));

    [Fact]
    public void GuessDelimiter_CommasInsideQuotes_DoNotCount() =>
        Assert.Equal(';', CsvReader.GuessDelimiter("\"Thôn An, tổ 3, xã Bình Long\";\"x\""));

    [Fact]
    public void WriteRecord_ThenRead_RoundTrips()
    {
        var output = new StringWriter();
        string?[] fields = ["Thôn An, tổ 3", "a \"b\"", "", "dòng\nhai"];

        new CsvWriter(output).WriteRecord(fields);

        Assert.Equal(["Thôn An, tổ 3", "a \"b\"", "", "dòng\nhai"], new CsvReader(new StringReader(output.ToString())).ReadRecord()!);
    }
}
