namespace SachSong.App.Lists;

/// <summary>A sectoral list (danh sách chuyên ngành) of one program, submitted by one unit; its rows arrive in versions.</summary>
public sealed class SectoralList
{
    private SectoralList() { }

    public SectoralList(string program, string title, string unitVersion, string unitCode, string createdBy, DateTime createdAt)
    {
        Program = program;
        Title = title;
        UnitVersion = unitVersion;
        UnitCode = unitCode;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    /// <summary>Program code: social_protection, meritorious, poor_households, association_*, workers, or custom_*.</summary>
    public string Program { get; private set; } = "";
    public string Title { get; private set; } = "";
    /// <summary>Submitting unit (catalogue version, code).</summary>
    public string UnitVersion { get; private set; } = "";
    public string UnitCode { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    /// <summary>Number of the latest version; 0 before the first import.</summary>
    public int CurrentVersion { get; private set; }
    /// <summary>Number of the latest matching round; 0 before the first.</summary>
    public int Rounds { get; private set; }
    /// <summary>A list of a sensitive program: only the account that created it sees it (and its rows).</summary>
    public bool Restricted { get; private set; }

    public void Restrict(bool restricted) => Restricted = restricted;

    public int NextVersion() => ++CurrentVersion;

    public int NextRound() => ++Rounds;
}
