namespace SachSong.Core.Synthetic;

/// <summary>
/// One commune of the district as the generator sees it: its share of the population, its villages and the local
/// rates of the identity-card and e-ID campaigns, which differ from commune to commune.
/// </summary>
internal sealed record CommuneProfile
{
    public required int Index { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required double Weight { get; init; }
    /// <summary>"Thôn …" addresses, 3 to 8 of them.</summary>
    public required IReadOnlyList<string> Villages { get; init; }
    /// <summary>Children under 6 with a card: near zero unless the commune ran a campaign.</summary>
    public required double CardRateUnder6 { get; init; }
    public required double CardRate6To13 { get; init; }
    public required double CardRate14Plus { get; init; }
    /// <summary>Card holders aged 14 and over with a level-2 e-ID.</summary>
    public required double EidLevel2Rate { get; init; }
    /// <summary>Level-2 accounts that have been activated.</summary>
    public required double EidActivatedRate { get; init; }
}
