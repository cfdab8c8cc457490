namespace SachSong.Core.Synthetic;

/// <summary>The sectoral programs whose lists the generator draws.</summary>
public static class SyntheticPrograms
{
    /// <summary>Bảo trợ xã hội: mostly people aged 80 and over, people with disabilities and orphans.</summary>
    public const string SocialProtection = "social_protection";

    /// <summary>Người có công với cách mạng: mostly people aged 65 and over.</summary>
    public const string Meritorious = "meritorious";

    /// <summary>Hội Người cao tuổi: members aged 60 and over.</summary>
    public const string AssociationElderly = "association_elderly";

    /// <summary>Người lao động: people of working age (15–60).</summary>
    public const string Workers = "workers";

    /// <summary>The programs in the order the district lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [SocialProtection, Meritorious, AssociationElderly, Workers];
}
