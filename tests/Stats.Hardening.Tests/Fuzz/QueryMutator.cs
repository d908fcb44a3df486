using System.Text;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// Breaks a valid query. <see cref="Text"/> works on the decoded query (then encoded properly): deleted, inserted,
/// repeated and swapped characters, truncation, unbalanced quotes and parentheses, numbers swapped for edge values,
/// case flips, repeated and injected options. <see cref="Raw"/> works on the encoded target as sent: bad and half
/// percent-escapes, invalid UTF-8, raw spaces, control and non-ASCII characters, double encoding.
/// </summary>
internal static class QueryMutator
{
    private const string Noise = "'()\"$&=,/ :;#%+?@*![]{}\\~<>|^`é€漢🙂\t";

    private static readonly string[] Numbers = ["-1", "0", "2147483648", "9223372036854775808", "-9223372036854775809", "1e400", "99999999999999999999999", "0x10", "1.5", "٣"];

    private static readonly string[] Injected =
    [
        "$foo=1", "$expand=*", "$expand=Codes", "$search=victims", "$search=\"x\" OR y", "$apply=aggregate($count as N)", "$compute=Year add 1 as Y",
        "$levels=2", "$format=xml", "$format=atom", "$format=application/json;odata.metadata=full", "$format=json", "$schemaversion=1",
        "$index=1", "$id=x", "$deltatoken=x", "@p1='x'", "vintage=1", "vintage=x", "vintage=", "api_key=", "$top=1", "$skip=1",
        "$count=true", "$count=maybe", "$filter=", "$orderby=", "$select=", "$skiptoken=", "$TOP=5", "$Filter=Year eq 2025", "$=", "=", "&",
        "$filter=Year eq @y&@y=2025", "$orderby=@o&@o=Year",
    ];

    public static string Text(string query, Random random)
    {
        var text = query;
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            text = Once(text, random);
        }

        return text;
    }

    private static string Once(string text, Random random)
    {
        var at = text.Length == 0 ? 0 : random.Next(text.Length);
        switch (random.Next(13))
        {
            case 0:
                return text.Length == 0 ? text : text.Remove(at, 1);
            case 1:
                return text.Insert(at, Noise.EnumerateRunes().ElementAt(random.Next(Noise.EnumerateRunes().Count())).ToString());
            case 2:
                var length = random.Next(0, Math.Min(40, text.Length - at) + 1);
                return text.Insert(at, text.Substring(at, length));
            case 3:
                return text[..at];
            case 4:
                return text.Insert(at, FuzzLiterals.Pick(["'", "(", ")", "((", "))", "''", "'(", ")'"], random));
            case 5:
                return ReplaceNumber(text, random);
            case 6:
                return FlipCase(text, at, random);
            case 7:
                var first = text.Split('&')[0];
                return text + "&" + first;
            case 8:
                return text + "&" + FuzzLiterals.Pick(Injected, random);
            case 9:
                return text.Length < 2 || at == text.Length - 1 ? text : string.Concat(text.AsSpan(0, at), text[at + 1].ToString(), text[at].ToString(), text.AsSpan(at + 2));
            case 10:
                return text.Replace("&", FuzzLiterals.Pick([";", "&&", "&amp;", " & "], random), StringComparison.Ordinal);
            case 11:
                return text.Replace(" ", FuzzLiterals.Pick(["", "  ", "\t", "+", "%20", "\u00a0"], random), StringComparison.Ordinal);
            default:
                return text.Replace("'", FuzzLiterals.Pick(["\"", "`", "’", "''", ""], random), StringComparison.Ordinal);
        }
    }

    private static string ReplaceNumber(string text, Random random)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1]))).ToList();
        if (digits.Count == 0)
        {
            return text + FuzzLiterals.Pick(Numbers, random);
        }

        var start = digits[random.Next(digits.Count)];
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return string.Concat(text.AsSpan(0, start), FuzzLiterals.Pick(Numbers, random), text.AsSpan(end));
    }

    private static string FlipCase(string text, int at, Random random)
    {
        var builder = new StringBuilder(text);
        for (var i = at; i < Math.Min(text.Length, at + random.Next(1, 12)); i++)
        {
            builder[i] = char.IsUpper(builder[i]) ? char.ToLowerInvariant(builder[i]) : char.ToUpperInvariant(builder[i]);
        }

        return builder.ToString();
    }

    public static string Raw(string target, Random random)
    {
        var at = random.Next(target.Length + 1);
        var insert = random.Next(12) switch
        {
            0 => "%",
            1 => "%G1",
            2 => "%C3%28",
            3 => "%FF%FE",
            4 => "%00",
            5 => "%%",
            6 => " ",
            7 => FuzzLiterals.Pick(["é", "€", "漢", "🙂", "\u0001", "\u007f", "\t"], random),
            8 => FuzzLiterals.Pick(["#", "\\", "\"", "<", ">", "{", "}", "|", "^", "`"], random),
            9 => "%2524",
            10 => "?",
            _ => FuzzLiterals.Pick(["&&&", "==", "&=", "%3", "%E2%82"], random),
        };
        return target.Insert(at, insert);
    }
}
