using System.Globalization;

namespace SachSong.Core.Indicators;

/// <summary>Vietnamese alphabetical order of unit names (a, ă, â, b, c, d, đ, e, ê …; tones after letters), then codes.</summary>
internal static class UnitNameOrder
{
    public static StringComparer Names { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.None);

    public static int Compare(ReportUnit left, ReportUnit right)
    {
        var c = Names.Compare(left.Name, right.Name);
        return c != 0 ? c : string.CompareOrdinal(left.Code, right.Code);
    }
}
