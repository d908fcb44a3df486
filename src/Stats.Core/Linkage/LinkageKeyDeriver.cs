using System.Security.Cryptography;
using System.Text;

namespace Stats.Core.Linkage;

/// <summary>
/// Derives the linkage key an agency exports instead of a person's identity: HMAC-SHA256 with the national secret
/// over the canonical string
/// <c>thb-link-v1 ␟ SURNAME ␟ GIVEN NAME ␟ yyyy-MM-dd ␟ SEX ␟ COUNTRY</c> (␟ = U+001F unit separator, UTF-8),
/// each part normalised by <see cref="IdentifierNormaliser"/>. The version prefix lets a future normalisation
/// change produce keys that can never collide with today's.
/// </summary>
public sealed class LinkageKeyDeriver
{
    /// <summary>Prefix of the canonical string; changes whenever normalisation or field order changes.</summary>
    public const string Version = "thb-link-v1";

    /// <summary>256 bits: RFC 2104 advises HMAC keys no shorter than the hash output.</summary>
    public const int MinimumSecretBytes = 32;

    private const char UnitSeparator = '\u001F';

    private readonly byte[] _secret;

    public LinkageKeyDeriver(byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < MinimumSecretBytes)
        {
            throw new ArgumentException(
                $"The linkage secret must be at least {MinimumSecretBytes} bytes (256 bits) long; the one given has {secret.Length} bytes.",
                nameof(secret));
        }

        _secret = (byte[])secret.Clone();
    }

    /// <summary>Returns the key: 64 lower-case hexadecimal characters.</summary>
    /// <exception cref="QuasiIdentifierFormatException">A quasi-identifier cannot be normalised (names the field; the message never holds the value).</exception>
    public string Derive(QuasiIdentifiers identifiers)
    {
        var canonical = Canonicalise(identifiers);
        return Convert.ToHexStringLower(Hmac(_secret, Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The string that is hashed; internal so that tests can check it against an independent construction.</summary>
    internal static string Canonicalise(QuasiIdentifiers identifiers)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        return string.Join(
            UnitSeparator,
            Version,
            Normalise(nameof(QuasiIdentifiers.Surname), identifiers.Surname, IdentifierNormaliser.NormaliseName),
            Normalise(nameof(QuasiIdentifiers.GivenName), identifiers.GivenName, IdentifierNormaliser.NormaliseName),
            Normalise(nameof(QuasiIdentifiers.DateOfBirth), identifiers.DateOfBirth, IdentifierNormaliser.NormaliseDate),
            Normalise(nameof(QuasiIdentifiers.Sex), identifiers.Sex, IdentifierNormaliser.NormaliseSex),
            Normalise(nameof(QuasiIdentifiers.CountryOfBirth), identifiers.CountryOfBirth, IdentifierNormaliser.NormaliseCountry));
    }

    private static string Normalise(string field, string value, Func<string, string> normalise)
    {
        try
        {
            return normalise(value);
        }
        catch (FormatException error)
        {
            throw new QuasiIdentifierFormatException(field, error);
        }
    }

    internal static byte[] Hmac(byte[] key, byte[] data) => HMACSHA256.HashData(key, data);
}
