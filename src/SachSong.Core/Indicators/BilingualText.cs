namespace SachSong.Core.Indicators;

/// <summary>A text for people in Vietnamese (shown by default) and in English (<c>--lang en</c>).</summary>
public readonly record struct BilingualText
{
    /// <exception cref="ArgumentException">When either text is null or blank.</exception>
    public BilingualText(string vietnamese, string english)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vietnamese);
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        Vietnamese = vietnamese;
        English = english;
    }

    public string Vietnamese { get; }
    public string English { get; }

    /// <summary>English when <paramref name="english"/> is true, else Vietnamese.</summary>
    public string In(bool english) => english ? English : Vietnamese;

    /// <summary>The Vietnamese text.</summary>
    public override string ToString() => Vietnamese;
}
