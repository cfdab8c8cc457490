namespace SachSong.Core.Register;

/// <summary>What a typed identity number turned out to be.</summary>
public abstract record PersonalIdParse
{
    private PersonalIdParse() { }

    /// <summary>A structurally valid 12-digit personal ID.</summary>
    public sealed record Valid(PersonalId Id) : PersonalIdParse;

    /// <summary>An old 9-digit CMND number: not an error, but not a personal ID either.</summary>
    public sealed record Legacy(string Number) : PersonalIdParse;

    public sealed record Missing : PersonalIdParse;

    public sealed record Invalid(string Input, string Reason) : PersonalIdParse;
}
