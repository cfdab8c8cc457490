namespace SachSong.Cli;

/// <summary>
/// Picks Vietnamese (the default) or English for help and messages: <c>--lang en</c> on the command line, else
/// <c>SACHSONG_LANG</c>, else a <c>LANG</c> that starts with "en" only when SACHSONG_LANG is unset and LANG is not C/POSIX.
/// </summary>
internal sealed class Lang(bool english)
{
    public bool English { get; } = english;

    public string T(string vietnamese, string english) => English ? english : vietnamese;

    public static Lang From(string[] args, Func<string, string?> environment)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--lang=", StringComparison.Ordinal)) return new Lang(a[7..].StartsWith("en", StringComparison.OrdinalIgnoreCase));
            if (a == "--lang" && i + 1 < args.Length) return new Lang(args[i + 1].StartsWith("en", StringComparison.OrdinalIgnoreCase));
        }
        var setting = environment("SACHSONG_LANG");
        if (!string.IsNullOrWhiteSpace(setting)) return new Lang(setting.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return new Lang(false);
    }
}
