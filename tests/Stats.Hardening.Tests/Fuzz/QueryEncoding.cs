using System.Text;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// Percent-encodes query text as clients do: strictly (every reserved character escaped, as Power Query does), or
/// leniently (only what would break the request line or the query syntax, as curl users and browsers leave $'(),:/ as they are).
/// </summary>
internal static class QueryEncoding
{
    public static string Query(IEnumerable<KeyValuePair<string, string>> options, Random random)
    {
        var strict = random.Next(3) > 0;
        return string.Join('&', options.Select(o => Encode(o.Key, strict) + "=" + Encode(o.Value, strict)));
    }

    /// <summary>Decoded query text (name=value pairs joined by '&amp;', as a mutation left it) encoded pair by pair.</summary>
    public static string Text(string text, Random random)
    {
        var strict = random.Next(3) > 0;
        return string.Join('&', text.Split('&').Select(part =>
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            return equals < 0 ? Encode(part, strict) : Encode(part[..equals], strict) + "=" + Encode(part[(equals + 1)..], strict);
        }));
    }

    /// <summary>
    /// Escapes rune by rune (a lone surrogate left by a mutation becomes U+FFFD, as any UTF-8 encoder would send it):
    /// strictly everything but the unreserved characters, leniently only what breaks a request line or a query.
    /// </summary>
    public static string Encode(string text, bool strict)
    {
        var result = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '.' or '_' or '~'
                || (!strict && rune.Value is >= 0x21 and < 0x7F && rune.Value is not ('%' or '&' or '#' or '+' or '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}'))))
            {
                result.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }
}
