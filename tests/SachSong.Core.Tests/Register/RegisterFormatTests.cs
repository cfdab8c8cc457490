using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Register;

public sealed class RegisterFormatTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void MapHeader_VietnameseHeaders_AreRecognised()
    {
        var map = RegisterFormat.MapHeader(["Số định danh", "Họ và tên", "Ngày sinh", "Giới tính", "Mã xã", "Địa chỉ", "Đã mất"]).Value;

        Assert.Equal(Enumerable.Range(0, 7), RegisterFormat.ContractColumns.Select(c => map[c]));
    }

    [Fact]
    public void ReadRow_GoodRow_GivesTheRecord()
    {
        var problems = new List<RowProblem>();
        string?[] header = [.. RegisterFormat.RequiredHeaders];
        var map = RegisterFormat.MapHeader(header).Value;

        var record = RegisterFormat.ReadRow(["051080000123", " Nguyễn  Văn Hùng ", "5/3/1980", "nam", "21040", "Thôn A", "0"], map, header,
            ("f.csv", null, 2), Today, _ => true, problems);

        Assert.Equal(("Nguyễn Văn Hùng", new PartialDate(1980, 3, 5), Sex.Male), (record!.FullName, record.BirthDate, record.Sex));
    }

    [Fact]
    public void ReadRow_EveryFieldBad_ReportsEachColumn()
    {
        var problems = new List<RowProblem>();
        string?[] header = [.. RegisterFormat.RequiredHeaders];
        var map = RegisterFormat.MapHeader(header).Value;

        var record = RegisterFormat.ReadRow(["12", "", "31/02/1990", "x", "2104A", "", "maybe"], map, header, ("f.csv", null, 7), Today, _ => true, problems);

        Assert.Null(record);
        Assert.Equal(["personal_id", "full_name", "birth_date", "sex", "commune_code", "deceased"], problems.Select(p => p.Column));
        Assert.All(problems, p => Assert.Equal(("f.csv", 7), (p.File, p.Row)));
    }
}
