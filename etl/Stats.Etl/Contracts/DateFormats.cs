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

            if (char.IsAsciiLetter(c))
            {
                // A pattern letter counts by its whole run ("ddd" is a weekday name, not "dd" then "d").
                var run = 1;
                while (i + run < dotNetPattern.Length && dotNetPattern[i + run] == c)
                {
                    run++;
                }

                var token = dotNetPattern.Substring(i, run);
                var match = Tokens.FirstOrDefault(t => string.Equals(t.Token, token, StringComparison.Ordinal));
                if (match.Token is null)
                {
                    return null;
                }

                result.Append(match.Strptime);
                i += run;
                continue;
            }

            result.Append(c == '%' ? "%%" : c.ToString());
            i++;
        }

        return result.ToString();
    }
}
