using SachSong.Core.Reports;

namespace SachSong.Reports.OpenXml.Tests;

public sealed class ReportTableTests
{
    private static readonly ReportColumnGroup[] Columns = [ReportColumn.Text("Đơn vị"), ReportColumn.WholeNumber("Tổng"), ReportColumn.Percentage("Tỉ lệ", 1)];

    [Fact]
    public void Constructor_GroupedColumns_FlattensThemAndNeedsTwoHeaderRows()
    {
        var table = SampleReports.NonCashPayments();

        Assert.Equal((8, true), (table.Columns.Count, table.HasGroupHeaders));
        Assert.False(SampleReports.ChildIdCards().HasGroupHeaders);
    }

    [Fact]
    public void Constructor_RowWithTooFewCells_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ReportTable("T", Columns, [new ReportRow("Xã Bình Long", 5)]));
    }

    [Fact]
    public void Constructor_CellOfTheWrongKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ReportTable("T", Columns, [new ReportRow("Xã Bình Long", "năm", ReportCell.Rate(1, 2, 1))]));
    }

    [Fact]
    public void Constructor_RateWithMoreDecimalsThanItsColumn_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ReportTable("T", Columns, [new ReportRow("Xã Bình Long", 3, new ReportCell.Percentage(0.91146m))]));
    }

    [Fact]
    public void Constructor_TotalRowOfTheWrongShape_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ReportTable("T", Columns, [], total: new ReportRow("Tổng cộng")));
    }
}
