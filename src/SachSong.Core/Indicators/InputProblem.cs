namespace SachSong.Core.Indicators;

/// <summary>Why a value typed or imported by a person was rejected: a stable code and a message in both languages.</summary>
/// <param name="Code">One of <see cref="InputProblemCodes"/>.</param>
/// <param name="Message">What is wrong and how to write it instead.</param>
public sealed record InputProblem(string Code, BilingualText Message)
{
    public override string ToString() => $"{Code}: {Message.Vietnamese}";
}
