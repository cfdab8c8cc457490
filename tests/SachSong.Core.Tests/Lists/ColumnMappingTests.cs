using System.Text.Json;
using SachSong.Core.Lists;

namespace SachSong.Core.Tests.Lists;

public sealed class ColumnMappingTests
{
    private static ColumnMapping Some() => new()
    {
        Signature = "L1-0123456789abcdef",
        HeaderRows = [2, 3],
        DataStartRow = 5,
        Columns =
        [
            new MappedColumn(0, "STT", ListColumn.RowNumber),
            new MappedColumn(1, "Họ và tên", ListColumn.FullName),
            new MappedColumn(2, "Ngày tháng năm sinh / Nam", ListColumn.BirthDate, ColumnPart.Male),
        ],
    };

    [Fact]
    public void Json_RoundTrip_KeepsEverything()
    {
        var mapping = Some();

        var back = JsonSerializer.Deserialize<ColumnMapping>(JsonSerializer.Serialize(mapping))!;

        Assert.Equivalent(mapping, back, strict: true);
    }

    [Fact]
    public void Validate_GoodMapping_Succeeds() => Assert.True(Some().Validate().Success);

    [Fact]
    public void Validate_DataInsideHeader_Fails() =>
        Assert.Equal("Dữ liệu phải bắt đầu sau dòng tiêu đề", (Some() with { DataStartRow = 3 }).Validate().Error);

    [Fact]
    public void Validate_NoIdentifyingColumn_Fails() =>
        Assert.Equal("Cần có cột Họ và tên hoặc cột Số định danh/CCCD/CMND",
            (Some() with { Columns = [new MappedColumn(0, "STT", ListColumn.RowNumber)] }).Validate().Error);

    [Fact]
    public void Validate_ColumnTwice_Fails() =>
        Assert.Equal("Cột 'B' được gán hai lần",
            (Some() with { Columns = [new MappedColumn(1, "Họ tên", ListColumn.FullName), new MappedColumn(1, "B", ListColumn.Note)] }).Validate().Error);
}
