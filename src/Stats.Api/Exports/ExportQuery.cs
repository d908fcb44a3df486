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

        return new ExportQuery(ParseVintage(query[VintageParameter]), Split(query[IndicatorsParameter]), ExportYears.Parse(Split(query[YearsParameter]), YearsParameter));
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
}
