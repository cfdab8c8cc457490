namespace SachSong.App.Access;

/// <summary>How a sign-in ended. Unknown users and wrong passwords look the same to the caller, so names cannot be probed.</summary>
public abstract record SignInOutcome
{
    private SignInOutcome() { }

    public sealed record Succeeded(UserAccount User, Actor Actor) : SignInOutcome;
    public sealed record WrongCredentials : SignInOutcome;
    public sealed record LockedOut(DateTime Until) : SignInOutcome;
    public sealed record Disabled : SignInOutcome;
}
