namespace SachSong.App.Lists.Reading;

/// <summary>A sheet that was not read as a list (empty, or no recognisable header), with the reason in Vietnamese.</summary>
public sealed record SkippedSheet(string? Name, string Reason)
{
    public override string ToString() => Name is null ? Reason : $"Trang {Name}: {Reason}";
}
