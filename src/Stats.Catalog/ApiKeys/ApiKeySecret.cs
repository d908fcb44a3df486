using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Stats.Catalog.ApiKeys;

/// <summary>
/// Making and hashing API keys. A key is <see cref="Prefix"/> followed by 32 random bytes in base64url (256 bits from the
/// OS's CSPRNG); the prefix lets a secret scanner or a person recognise a leaked key as ours.
/// </summary>
public static class ApiKeySecret
{
    public const string Prefix = "stats_";

    private const int RandomBytes = 32;

    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>
    /// Lower-case hex SHA-256 of the key. A single fast unsalted hash is right here, unlike for passwords: the keys carry
    /// 256 bits of randomness, so neither a dictionary nor brute force over the hash can find one, and a salt would only
    /// stop the lookup by hash (an index seek) that every request needs. Slow hashes (PBKDF2, Argon2) protect low-entropy
    /// secrets and would cost every request milliseconds for nothing.
    /// </summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Whether the text has the shape of a key this service issues (prefix and 43 base64url characters).</summary>
    public static bool LooksLikeKey(string text) =>
        text.Length == Prefix.Length + 43 && text.StartsWith(Prefix, StringComparison.Ordinal) && Base64Url.IsValid(text.AsSpan(Prefix.Length));
}
