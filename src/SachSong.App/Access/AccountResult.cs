namespace SachSong.App.Access;

/// <summary>The outcome of an account change.</summary>
public abstract record AccountResult
{
    private AccountResult() { }

    public sealed record Done(UserAccount User) : AccountResult;
    public sealed record Invalid(string Message) : AccountResult;
    public sealed record NotFound : AccountResult;
}
