namespace SachSong.Core.Indicators;

/// <summary>One value column of a ranking report (after the "TT" and "Đơn vị" columns, which writers add).</summary>
/// <param name="Kind">What the column holds.</param>
/// <param name="Header">Column header ("Số liệu", "Tỉ lệ đã cấp").</param>
/// <param name="Group">Header spanning the columns of one part ("Đối tượng Bảo trợ xã hội"), or null.</param>
/// <param name="ElementCode">For <see cref="RankingColumnKind.Count"/>: the element.</param>
/// <param name="Indicator">For gap, part-rate and rate columns: the indicator.</param>
/// <param name="Part">For <see cref="RankingColumnKind.PartRate"/>: the part.</param>
public sealed record RankingColumn(
    RankingColumnKind Kind, BilingualText Header, BilingualText? Group, string? ElementCode, Indicator? Indicator, IndicatorPart? Part)
{
    /// <summary>Decimals of a rate column (the indicator's); 0 for counts.</summary>
    public int Decimals => Kind is RankingColumnKind.Rate or RankingColumnKind.PartRate ? Indicator!.Decimals : 0;
}
