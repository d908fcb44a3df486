using System.Globalization;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// How every channel that prints figures for people (the `stats indicator` command, the portal) writes a value for its
/// unit: counts as integers, money with cents, ratios and rates with decimals. A value that is not there (suppressed for
/// the role, or not computable) is ':' as Eurostat prints it; the flags say why.
/// </summary>
public static class IndicatorValueText
{
    public const string Missing = ":";

    public static string Format(double? value, string unit) => value is not { } v
        ? Missing
        : unit switch
        {
            "persons" or "cases" or "decisions" or "registrations" or "days" => v.ToString("N0", CultureInfo.InvariantCulture),
            "EUR" => v.ToString("N2", CultureInfo.InvariantCulture),
            "ratio" => v.ToString("0.000", CultureInfo.InvariantCulture),
            "per_100000" or "per_1000000" => v.ToString("N2", CultureInfo.InvariantCulture),
            _ => v.ToString("0.###", CultureInfo.InvariantCulture),
        };

    /// <summary>The unit as a reader says it.</summary>
    public static string DescribeUnit(string unit) => unit switch
    {
        "per_100000" => "per 100,000 inhabitants",
        "per_1000000" => "per million inhabitants",
        "ratio" => "ratio (0–1)",
        _ => unit,
    };

    /// <summary>A CONF_STATUS code as a reader says it.</summary>
    public static string ConfStatus(string status) => status switch
    {
        "F" => "published",
        "C" => "suppressed (primary)",
        "D" => "suppressed (secondary)",
        _ => status,
    };
}
