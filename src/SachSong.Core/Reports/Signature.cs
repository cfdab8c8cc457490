namespace SachSong.Core.Reports;

/// <summary>
/// The signing block (Decree 30/2020, box 7): the authority lines, bold upper case, e.g. ["TỔ TRƯỞNG"] or ["KT. TỔ TRƯỞNG", "TỔ PHÓ"],
/// then room for the signature, then the signer's name without titles.
/// </summary>
public sealed record Signature
{
    /// <param name="authority">The authority lines.</param>
    /// <param name="signerName">The signer's name; empty when the letter is drafted for a signer the clerk will name.</param>
    /// <exception cref="ArgumentException">There is no authority line or a line is blank.</exception>
    public Signature(IReadOnlyList<string> authority, string signerName)
    {
        ArgumentNullException.ThrowIfNull(authority);
        if (authority.Count == 0 || authority.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("A signature needs at least one authority line and no blank line.", nameof(authority));
        ArgumentNullException.ThrowIfNull(signerName);
        Authority = [.. authority];
        SignerName = signerName.Trim();
    }

    /// <summary>The authority and position lines, top to bottom.</summary>
    public IReadOnlyList<string> Authority { get; }

    public string SignerName { get; }
}
