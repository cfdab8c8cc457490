using System.Text;
using SachSong.App.Lists.Reading;
using SachSong.Core.Lists;
using SachSong.Core.Text;

namespace SachSong.App.Tests.Lists.Reading;

public sealed partial class ListFileReaderTests
{
    [Fact]
    public void Read_SemicolonCsvWithTitleLine_ReadsEveryPerson()
    {
        var path = _folder.File("ds.csv");
        File.WriteAllText(path,
            "DANH SÁCH NGƯỜI CÓ CÔNG\r\nXã Bình Long\r\n\r\nSTT;Họ, chữ đệm và tên;Ngày, tháng, năm sinh;Giới tính;Số ĐDCN;Nơi ở hiện tại\r\n"
            + "1;Nguyễn Văn An;01/02/1950;Nam;001050000401;\"Thôn 1; xã Bình Long\"\r\n2;Trần Thị Bình;1952;Nữ;001152000402;Thôn 2\r\nTổng cộng;;;;;2\r\n",
            new UTF8Encoding(true));

        var content = Loaded(ListFileReader.Read(path));

        Assert.Equivalent(
            new
            {
                Names = new[] { "Nguyễn Văn An", "Trần Thị Bình" },
                Residence = "Thôn 1; xã Bình Long",
                Sheet = (string?)null,
                Skipped = new[] { "ds.csv, dòng 7: bỏ qua, dòng tổng cộng 'Tổng cộng'" },
            },
            new
            {
                Names = content.Rows.Select(r => r.Value(ListColumn.FullName)).ToArray(),
                Residence = content.Rows[0].Value(ListColumn.Residence),
                Sheet = content.Rows[0].Sheet,
                Skipped = content.Skipped.Select(s => s.ToString()).ToArray(),
            });
    }

    [Fact]
    public void Read_CsvSavedInTcvn3Bytes_IsConverted()
    {
        var path = _folder.File("tcvn3.csv");
        File.WriteAllBytes(path, LegacyText.Encode("Họ và tên,Năm sinh,Thôn\r\nNguyễn Văn Hùng,1960,Thôn Đồng Tâm\r\nĐặng Thị Thuỷ,1962,Thôn Hưng Thịnh\r\n", LegacyEncoding.Tcvn3));

        var content = Loaded(ListFileReader.Read(path));

        Assert.Equivalent(
            new { Encoding = LegacyEncoding.Tcvn3, Names = new[] { "Nguyễn Văn Hùng", "Đặng Thị Thuỷ" } },
            new { content.Encoding, Names = content.Rows.Select(r => r.Value(ListColumn.FullName)).ToArray() });
    }

    [Fact]
    public void Read_CsvWithTwoLineHeaderNamNu_SplitsBirthDateBySex()
    {
        var path = _folder.File("nct.csv");
        File.WriteAllText(path, "TT,Họ tên,Năm sinh,,Địa chỉ\r\n,,Nam,Nữ,\r\n1,Lý Văn Phúc,1935,,Thôn 4\r\n2,Hà Thị Quế,,1937,Thôn 4\r\n");

        var rows = Loaded(ListFileReader.Read(path)).Rows;

        Assert.Equal([("1935", "Nam"), ("1937", "Nữ")], rows.Select(r => (r.Value(ListColumn.BirthDate), r.Value(ListColumn.Sex))));
    }
}
