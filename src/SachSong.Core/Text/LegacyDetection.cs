namespace SachSong.Core.Text;

/// <summary>
/// The verdict of <see cref="LegacyText.DetectMany"/>: which encoding the text most plausibly uses, and how much
/// evidence there was. Only words that can tell the encodings apart count as evidence: at least two characters, a
/// letter, no digit, and a non-ASCII (or C0 control) character; ASCII words read the same in every encoding.
/// </summary>
/// <param name="Encoding">The encoding whose reading gives the most valid Vietnamese words; <see cref="LegacyEncoding.Unicode"/> on a tie.</param>
/// <param name="WordsExamined">Words counted as evidence.</param>
/// <param name="WordsRecognised">How many of those read as valid Vietnamese syllables under <paramref name="Encoding"/>.</param>
public sealed record LegacyDetection(LegacyEncoding Encoding, int WordsExamined, int WordsRecognised);
