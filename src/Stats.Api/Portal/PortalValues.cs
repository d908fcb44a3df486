using System.Globalization;

namespace Stats.Api.Portal;

/// <summary>
/// How the portal prints flags, frequencies, source statuses and machine-readable values; figures for people are written by
/// <see cref="Stats.Warehouse.Indicators.IndicatorValueText"/>, as the `stats indicator` command writes them.
/// </summary>
internal static class PortalValues
{
    public static readonly IReadOnlyList<(string Flag, string Meaning)> FlagLegend =
    [
        ("c", "confidential: suppressed by disclosure control"),
        ("p", "provisional"),
        ("r", "revised since the previous vintage"),
        ("e", "estimated"),
        ("b", "break in series"),
    ];

    /// <summary>The value as a machine reads it (CSV, data attributes): invariant round-trip text, empty when not published.</summary>
    public static string Raw(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

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
