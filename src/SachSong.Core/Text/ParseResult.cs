namespace SachSong.Core.Text;

/// <summary>The outcome of parsing user text: a value, or a message saying what is wrong (expected failures are not exceptions).</summary>
public readonly record struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    public static ParseResult<T> Ok(T value) => new(value, null);
    public static ParseResult<T> Fail(string error) => new(default, error);

    public bool Success => Error is null;

    /// <summary>Why parsing failed, in Vietnamese and ready to show; null on success.</summary>
    public string? Error { get; }

    /// <exception cref="InvalidOperationException">When parsing failed.</exception>
    public T Value => Success ? _value! : throw new InvalidOperationException(Error);

    public bool TryGetValue(out T value)
    {
        value = _value!;
        return Success;
    }
}
