using System.Globalization;
using System.Security.Cryptography;

namespace SachSong.Core.Access;

/// <summary>
/// Salted PBKDF2-HMAC-SHA512 password hashes, stored as <c>pbkdf2-sha512$iterations$salt$hash</c> (Base64), so the work factor can
/// rise later and old hashes still verify (and are flagged for rehashing).
/// </summary>
public static class PasswordHash
{
    /// <summary>The work factor for new hashes (OWASP 2023 recommends 210,000 for PBKDF2-HMAC-SHA512).</summary>
    public const int DefaultIterations = 210_000;

    private const string Scheme = "pbkdf2-sha512";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>A new hash of <paramref name="password"/> with a random salt.</summary>
    public static string Create(string password, int iterations = DefaultIterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1_000);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA512, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Whether <paramref name="password"/> is the one <paramref name="stored"/> was made from; compares in constant time.</summary>
    public static bool Verify(string password, string stored)
    {
        if (string.IsNullOrEmpty(password) || !TryParse(stored, out var iterations, out var salt, out var expected)) return false;
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA512, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Whether the hash was made with fewer iterations than new hashes use.</summary>
    public static bool NeedsRehash(string stored, int iterations = DefaultIterations) =>
        !TryParse(stored, out var used, out _, out _) || used < iterations;

    private static bool TryParse(string stored, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var parts = stored?.Split('$') ?? [];
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations)) return false;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        return iterations > 0 && salt.Length > 0 && hash.Length > 0;
    }
}
