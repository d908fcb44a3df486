using System.Buffers.Text;
using System.Text;
using Stats.Warehouse.OData;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// $skiptoken values a client could forge: garbage, base64 of garbage, and tokens in the service's own format
/// (base64url JSON {"v": vintage, "n": rows delivered, "k": [[type tag, value] per sort term]}) with the right shape and
/// the wrong content — another vintage, negative or overflowing counts, values of another type than the sort column,
/// unknown tags, too many or too few sort values, out-of-range numbers, deep nesting.
/// </summary>
internal static class ForgedSkipTokens
{
    private static readonly string[] Tags = ["n", "s", "i", "l", "d", "m", "b", "t", "x", ""];

    public static string Make(IReadOnlyList<FlatProperty> order, Random random)
    {
        switch (random.Next(12))
        {
            case 0:
                return FuzzLiterals.Pick(["", "abc", "%%%", "=", "eyJ2IjoiMSJ9", "null", "e30", "W10", "bnVsbA", "////", new string('A', 3000)], random);
            case 1:
                var bytes = new byte[random.Next(1, 200)];
                random.NextBytes(bytes);
                return Base64Url.EncodeToString(bytes);
            case 2:
                return Encode(new string('[', 200) + new string(']', 200));
            case 3:
                return Encode($$"""{"v":{{Vintage(random)}},"n":{{Count(random)}},"k":{{Values(order, random, matching: true)}}}""");
            case 4:
                return Encode($$"""{"v":"1","n":0}""");
            default:
                var keys = random.Next(3) == 0 ? Values(order, random, matching: false) : Values(order, random, matching: true);
                return Encode($$"""{"v":"1","n":{{Count(random)}},"k":{{keys}}}""");
        }
    }

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    private static string Vintage(Random random) => FuzzLiterals.Pick(["\"1\"", "\"2\"", "\"0\"", "\"-1\"", "\"x\"", "\"\"", "1", "null", "\"99999999999\"", "[]"], random);

    private static string Count(Random random) => FuzzLiterals.Pick(
        ["0", "0", "1", "49", "50", "-1", "9223372036854775807", "9223372036854775808", "1e30", "\"5\"", "null", "1.5"], random);

    /// <summary>One [tag, value] per sort term: of the term's own type when matching (a token the service could have made), else anything.</summary>
    private static string Values(IReadOnlyList<FlatProperty> order, Random random, bool matching)
    {
        var count = matching ? order.Count : random.Next(0, order.Count + 3);
        var values = Enumerable.Range(0, count).Select(i => matching && i < order.Count && random.Next(4) > 0 ? Typed(order[i].Type, random) : Untyped(random));
        return "[" + string.Join(",", values) + "]";
    }

    private static string Typed(FlatType type, Random random) => type switch
    {
        FlatType.String => FuzzLiterals.Pick(["[\"s\",\"\"]", "[\"s\",\"A\"]", "[\"s\",\"zzzz\"]", "[\"n\"]", "[\"s\",\"\\u0000\"]"], random),
        FlatType.Int32 => FuzzLiterals.Pick(["[\"i\",2025]", "[\"i\",0]", "[\"i\",-2147483648]", "[\"n\"]"], random),
        FlatType.Int64 => FuzzLiterals.Pick(["[\"l\",1]", "[\"l\",9223372036854775807]", "[\"l\",-1]", "[\"n\"]"], random),
        FlatType.Double => FuzzLiterals.Pick(["[\"d\",\"4.5\"]", "[\"d\",\"NaN\"]", "[\"d\",\"Infinity\"]", "[\"d\",\"-1E+308\"]", "[\"n\"]"], random),
        FlatType.Date => FuzzLiterals.Pick(["[\"t\",\"2025-01-01\"]", "[\"t\",\"0001-01-01\"]", "[\"t\",\"9999-12-31\"]", "[\"n\"]"], random),
        FlatType.Boolean => FuzzLiterals.Pick(["[\"b\",true]", "[\"b\",false]", "[\"n\"]"], random),
        _ => "[\"n\"]",
    };

    private static string Untyped(Random random)
    {
        var tag = FuzzLiterals.Pick(Tags, random);
        var value = FuzzLiterals.Pick(
            ["\"x\"", "1", "3000000000", "1e400", "\"1e400\"", "\"99999999999999999999999999999999\"", "\"9999-99-99\"", "\"2025-01-01\"", "true", "null",
             "\"NaN\"", "[]", "{}", "\"4.5\"", "-0", "\"\""], random);
        return random.Next(6) switch
        {
            0 => $"[\"{tag}\"]",
            1 => $"\"{tag}\"",
            2 => "null",
            3 => $"[\"{tag}\",{value},{value}]",
            _ => $"[\"{tag}\",{value}]",
        };
    }
}
