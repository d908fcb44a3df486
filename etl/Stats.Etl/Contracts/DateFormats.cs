using System.Text;

namespace Stats.Etl.Contracts;

/// <summary>Translates the .NET date patterns contracts use into DuckDB strptime formats.</summary>
internal static class DateFormats
{
    private static readonly (string Token, string Strptime)[] Tokens =
    [
        ("yyyy", "%Y"), ("yy", "%y"), ("MMMM", "%B"), ("MMM", "%b"), ("MM", "%m"), ("M", "%-m"),
        ("dd", "%d"), ("d", "%-d"), ("HH", "%H"), ("H", "%-H"), ("mm", "%M"), ("m", "%-M"), ("ss", "%S"), ("s", "%-S"),
    ];

    /// <summary>Returns the strptime format, or null when the pattern holds something that cannot be translated.</summary>
    public static string? ToStrptime(string dotNetPattern)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < dotNetPattern.Length)
        {
            var c = dotNetPattern[i];
            if (c == '\'')
            {
                var end = dotNetPattern.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    return null;
                }

                result.Append(dotNetPattern[(i + 1)..end].Replace("%", "%%", StringComparison.Ordinal));
                i = end + 1;
                continue;
            }

            var match = Tokens.FirstOrDefault(t => string.CompareOrdinal(dotNetPattern, i, t.Token, 0, t.Token.Length) == 0);
            if (match.Token is not null)
            {
                result.Append(match.Strptime);
                i += match.Token.Length;
                continue;
            }

            if (char.IsAsciiLetter(c))
            {
                return null;
            }

            result.Append(c == '%' ? "%%" : c.ToString());
            i++;
        }

        return result.ToString();
    }
}
