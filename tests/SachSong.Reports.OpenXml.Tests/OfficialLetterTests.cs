namespace SachSong.Reports.OpenXml.Tests;

public sealed class OfficialLetterTests
{
    [Fact]
    public void RecipientItems_Several_EndEachWithSemicolonAndTheLastWithAFullStop()
    {
        var letter = SampleReports.Letter() with { Recipients = ["- Công an huyện;", "Phòng Giáo dục và Đào tạo."] };

        Assert.Equal(["- Công an huyện;", "- Phòng Giáo dục và Đào tạo."], letter.RecipientItems);
    }

    [Fact]
    public void RecipientItems_One_IsTheNameWithAFullStop()
    {
        var letter = SampleReports.Letter() with { Recipients = ["Công an huyện"] };

        Assert.Equal(["Công an huyện."], letter.RecipientItems);
    }

    [Fact]
    public void DistributionItems_EndWithTheArchiveLine()
    {
        var letter = SampleReports.Letter() with { CopiesTo = ["Như trên"], Archive = "VT, CAH." };

        Assert.Equal(["- Như trên;", "- Lưu: VT, CAH."], letter.DistributionItems);
    }

    [Fact]
    public void Init_NoRecipient_Throws()
    {
        Assert.Throws<ArgumentException>(() => SampleReports.Letter() with { Recipients = [] });
    }
}
