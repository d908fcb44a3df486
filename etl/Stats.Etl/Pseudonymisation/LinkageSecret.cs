using System.Globalization;
using System.Text;

namespace Stats.Etl.Pseudonymisation;

/// <summary>
/// Reads the national linkage secret an agency receives from the data controller. The file holds the secret as text
/// (trimmed, used as UTF-8 bytes) or as hexadecimal after a "hex:" prefix. Lives in Stats.Etl rather than beside the
/// key deriver because Stats.Core does no I/O. Errors name the file, never its content.
/// </summary>
public static class LinkageSecret
{
    private const string HexPrefix = "hex:";

    public static byte[] ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw new InvalidOperationException($"The linkage secret file '{path}' cannot be read: {error.GetType().Name}.", error);
        }

        return Parse(text, path);
    }

    /// <summary>Turns the secret file's text into key bytes; <paramref name="sourceName"/> only labels errors.</summary>
    public static byte[] Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new InvalidOperationException($"The linkage secret file '{sourceName}' is empty.");
        }

        if (!trimmed.StartsWith(HexPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetBytes(trimmed);
        }

        var hex = trimmed[HexPrefix.Length..].Trim();
        if (hex.Length == 0 || hex.Length % 2 != 0 || !hex.All(char.IsAsciiHexDigit))
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The linkage secret file '{sourceName}' starts with 'hex:' but the rest is not an even number of hexadecimal digits ({hex.Length} characters)."));
        }

        return Convert.FromHexString(hex);
    }
}
