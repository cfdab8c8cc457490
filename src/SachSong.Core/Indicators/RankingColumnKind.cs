namespace SachSong.Core.Indicators;

/// <summary>What a ranking report column holds.</summary>
public enum RankingColumnKind
{
    /// <summary>A data element's value ("Tổng", "Đã cấp").</summary>
    Count,

    /// <summary>An indicator's denominator minus its numerator, never below 0 ("Chưa cấp").</summary>
    Gap,

    /// <summary>A part's rate ("Đạt tỉ lệ").</summary>
    PartRate,

    /// <summary>An indicator's rate ("Tỉ lệ đã cấp").</summary>
    Rate,
}
