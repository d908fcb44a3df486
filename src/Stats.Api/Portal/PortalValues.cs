using System.Globalization;

namespace Stats.Api.Portal;

/// <summary>
/// How the portal prints values, units, flags and statuses; the same conventions as the `stats indicator` command: counts as
/// integers, money with cents, ratios and rates with decimals, ':' for a value that is not published (the flags say why).
/// </summary>
internal static class PortalValues
{
    public const string Missing = ":";

    public static readonly IReadOnlyList<(string Flag, string Meaning)> FlagLegend =
    [
        ("c", "confidential: suppressed by disclosure control"),
        ("p", "provisional"),
        ("r", "revised since the previous vintage"),
        ("e", "estimated"),
        ("b", "break in series"),
    ];

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

    /// <summary>The value as a machine reads it (CSV, data attributes): invariant round-trip text, empty when not published.</summary>
    public static string Raw(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    public static string DescribeUnit(string unit) => unit switch
    {
        "per_100000" => "per 100,000 inhabitants",
        "per_1000000" => "per million inhabitants",
        "ratio" => "ratio (0–1)",
        _ => unit,
    };

    public static string ConfStatus(string status) => status switch
    {
        "F" => "published",
        "C" => "suppressed (primary)",
        "D" => "suppressed (secondary)",
        _ => status,
    };

    public static string FrequencyWord(string code) => code switch
    {
        "A" => "year",
        "Q" => "quarter",
        "M" => "month",
        _ => code,
    };

    public static string SourceStatus(string status) => status switch
    {
        "on_time" => "on time",
        "never_delivered" => "never delivered",
        "no_expectation" => "no expectation",
        _ => status.Replace('_', ' '),
    };
}
