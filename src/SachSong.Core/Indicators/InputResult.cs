using SachSong.Core.Text;

namespace SachSong.Core.Indicators;

/// <summary>
/// The outcome of reading user input: a value, or an <see cref="InputProblem"/> with a code and Vietnamese and English
/// messages. Like <see cref="ParseResult{T}"/>, expected failures are values, not exceptions.
/// </summary>
public readonly record struct InputResult<T>
{
    private readonly T? _value;

    private InputResult(T? value, InputProblem? problem)
    {
        _value = value;
        Problem = problem;
    }

    public static InputResult<T> Ok(T value) => new(value, null);

    /// <exception cref="ArgumentNullException">When <paramref name="problem"/> is null.</exception>
    public static InputResult<T> Fail(InputProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(default, problem);
    }

    public bool Success => Problem is null;

    /// <summary>Why the input was rejected; null on success.</summary>
    public InputProblem? Problem { get; }

    /// <summary>The Vietnamese message; null on success.</summary>
    public string? Error => Problem?.Message.Vietnamese;

    /// <exception cref="InvalidOperationException">When the input was rejected.</exception>
    public T Value => Success ? _value! : throw new InvalidOperationException(Error);

    public bool TryGetValue(out T value)
    {
        value = _value!;
        return Success;
    }

    /// <summary>The same outcome as the shared <see cref="ParseResult{T}"/>, with the Vietnamese message.</summary>
    public ParseResult<T> ToParseResult() => Success ? ParseResult<T>.Ok(_value!) : ParseResult<T>.Fail(Problem!.Message.Vietnamese);
}
