using System.Globalization;
using Microsoft.Extensions.Primitives;
using Stats.Warehouse.Exports;

namespace Stats.Api.Exports;

/// <summary>
/// The query of <c>GET /exports/{format}</c>: <c>vintage</c> (a kept vintage, default the current one), <c>indicators</c>
/// (comma-separated ids) and <c>years</c> (a list 2024,2025 or a range 2021-2025, as `stats export --years`). Any other
/// parameter is refused by name, <c>role</c> in particular: the role comes only from the API key, as on the OData feed.
/// </summary>
internal sealed record ExportQuery(int? Vintage, IReadOnlyList<string> Indicators, IReadOnlyList<int> Years)
{
    public const string VintageParameter = "vintage";
    public const string IndicatorsParameter = "indicators";
    public const string YearsParameter = "years";

    /// <summary>Neither indicators nor years: the whole vintage, which is what the export-refresh job and the cache keep.</summary>
    public bool IsWhole => Indicators.Count == 0 && Years.Count == 0;

    /// <exception cref="ExportRequestException">An unknown parameter or a malformed value, naming the parameter.</exception>
    public static ExportQuery Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var name in query.Keys)
        {
            if (name is VintageParameter or IndicatorsParameter or YearsParameter
                || string.Equals(name, Access.PresentedKey.QueryName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            throw new ExportRequestException(string.Equals(name, "role", StringComparison.OrdinalIgnoreCase)
                ? "role: not a parameter; the role comes from the API key (none: public, an analyst or admin key: analyst)."
                : $"{name}: not a parameter of /exports/{{format}}; use {VintageParameter}, {IndicatorsParameter} and {YearsParameter}.");
        }

        return new ExportQuery(ParseVintage(query[VintageParameter]), Split(query[IndicatorsParameter]), ParseYears(query[YearsParameter]));
    }

    private static int? ParseVintage(StringValues values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            throw new ExportRequestException($"{VintageParameter}: give one vintage number.");
        }

        return int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new ExportRequestException($"{VintageParameter}: '{values[0]}' is not a vintage number.");
    }

    /// <summary>Repeated parameters (?indicators=V04&amp;indicators=J02) read as one comma-separated list.</summary>
    private static List<string> Split(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();

    /// <summary>"2024,2025", "2021-2025" or a mix; each year between 1900 and 2999 (the rule of `stats export --years`).</summary>
    private static List<int> ParseYears(StringValues values)
    {
        var years = new List<int>();
        foreach (var part in Split(values))
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            if (range.Length is < 1 or > 2 || !range.All(IsYear))
            {
                throw new ExportRequestException($"{YearsParameter}: '{part}' is not a year (e.g. 2025) or a range of years (e.g. 2021-2025).");
            }

            var from = int.Parse(range[0], CultureInfo.InvariantCulture);
            var to = int.Parse(range[^1], CultureInfo.InvariantCulture);
            if (to < from)
            {
                throw new ExportRequestException($"{YearsParameter}: the range '{part}' ends before it starts.");
            }

            years.AddRange(Enumerable.Range(from, to - from + 1));
        }

        return years.Distinct().Order().ToList();
    }

    private static bool IsYear(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2999;
}
