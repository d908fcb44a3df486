using Stats.Warehouse.OData;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// OData literals of each published type, mostly ordinary (codes and years the warehouse holds, so that many queries
/// match rows) and some at the edges: type limits, overflow, NaN and infinities, impossible dates, quotes, NUL, emoji.
/// </summary>
internal static class FuzzLiterals
{
    private static readonly string[] Strings = ["'_T'", "'A'", "'Q'", "'M'", "'F'", "'2025'", "'2025-Q1'", "'V04'", "'c'", "'C'", "'D'", "'SEX'", "'persons'", "''"];

    private static readonly string[] OddStrings =
    [
        "'O''Brien'", "'ß漢字🙂'", "'%'", "'%25'", "'_'", "'\\'", "'\u0000'", "'\t'", "'; DROP TABLE ind_cell; --'", "'read_csv(''/etc/passwd'')'",
        ", abc'", "null",
    ];

    private static readonly string[] Integers = ["0", "1", "2", "4", "5", "10", "2024", "2025", "2026", "-1"];

    private static readonly string[] OddIntegers =
    [
        "2147483647", "-2147483648", "2147483648", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
        "99999999999999999999999999999", "007", "null",
    ];

    private static readonly string[] Doubles = ["0", "0.5", "1", "1.0", "4", "4.999", "5", "100.25", "-1.5", "5e0"];

    private static readonly string[] OddDoubles = ["1e308", "-1e308", "1.7976931348623157E+308", "1e-320", "INF", "-INF", "NaN", "1e999", "0.1f", "0.1d", "3.14m", "12345678901234567890.5", "null"];

    private static readonly string[] Dates = ["2025-01-01", "2025-03-31", "2024-12-31", "2025-07-01"];

    private static readonly string[] OddDates = ["0001-01-01", "9999-12-31", "2025-02-30", "2025-13-01", "2025-1-1", "2025-01-01T00:00:00Z", "null"];

    private static readonly string[] Booleans = ["true", "false"];

    private static readonly string[] OddBooleans = ["null", "TRUE", "1"];

    /// <summary>A literal of the type: one at the edges one time in four unless <paramref name="ordinary"/>.</summary>
    public static string Of(FlatType type, Random random, bool ordinary = false)
    {
        var odd = !ordinary && random.Next(4) == 0;
        return type switch
        {
            FlatType.String => Pick(odd ? OddStrings : Strings, random),
            FlatType.Int32 or FlatType.Int64 => Pick(odd ? OddIntegers : Integers, random),
            FlatType.Double => Pick(odd ? OddDoubles : Doubles, random),
            FlatType.Date => Pick(odd ? OddDates : Dates, random),
            FlatType.Boolean => Pick(odd ? OddBooleans : Booleans, random),
            _ => "null",
        };
    }

    /// <summary>A literal of any type, for type mismatches; now and then one of the other literal forms OData knows.</summary>
    public static string Any(Random random) => random.Next(8) switch
    {
        0 => "duration'P1D'",
        1 => "01234567-89ab-cdef-0123-456789abcdef",
        2 => "binary'AQID'",
        3 => "geography'POINT(1 2)'",
        4 => "Stats.Unknown'x'",
        5 => "@alias",
        _ => Of(Enum.GetValues<FlatType>()[random.Next(Enum.GetValues<FlatType>().Length)], random),
    };

    public static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
