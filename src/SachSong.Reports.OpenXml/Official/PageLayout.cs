namespace SachSong.Reports.OpenXml.Official;

/// <summary>The page of a Decree 30/2020 document in twentieths of a point: A4, margins 20 mm top and bottom, 30 mm left, 15 mm right.</summary>
internal static class PageLayout
{
    public const int A4Width = 11906;
    public const int A4Height = 16838;
    public static readonly int TopMargin = Twips(20);
    public static readonly int BottomMargin = Twips(20);
    public static readonly int LeftMargin = Twips(30);
    public static readonly int RightMargin = Twips(15);

    /// <summary>Where the page number sits: centred in the top margin, 10 mm from the edge.</summary>
    public static readonly int HeaderDistance = Twips(10);

    public static int TextWidth(bool landscape) => (landscape ? A4Height : A4Width) - LeftMargin - RightMargin;

    public static int Twips(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4);
}
