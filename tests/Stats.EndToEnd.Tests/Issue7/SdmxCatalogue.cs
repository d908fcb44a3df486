using System.Globalization;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// What the served feed says about the vintage, independently of any export: publication time and reporting country
/// (Vintage set), each indicator's title and breakdowns (Indicators), each dimension's OData property, order, additivity
/// and note (Dimensions), and every code of every dimension (Codes).
/// </summary>
internal sealed record SdmxCatalogue(
    DateTimeOffset PublishedAt, string ReportingCountry,
    IReadOnlyDictionary<string, (string Title, IReadOnlyList<string> Breakdowns)> Indicators,
    IReadOnlyDictionary<string, (string Property, bool Additive, string? Note)> Dimensions,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Codes)
{
    public static async Task<SdmxCatalogue> ReadAsync(HttpClient http)
    {
        var vintage = (await SetAsync(http, "Vintage")).Single();
        var dimensions = (await SetAsync(http, "Dimensions"))
            .OrderBy(d => (int)d["SortOrder"]!).ThenBy(d => (string)d["Dimension"]!, StringComparer.Ordinal).ToList();
        var order = dimensions.Select(d => (string)d["Dimension"]!).ToList();
        var indicators = (await SetAsync(http, "Indicators")).ToDictionary(
            i => (string)i["Id"]!,
            i => ((string)i["Title"]!, (IReadOnlyList<string>)((string)i["Breakdowns"]!).Split(',', StringSplitOptions.RemoveEmptyEntries)
                .OrderBy(order.IndexOf).ToList()));
        var codes = (await SetAsync(http, "Codes")).GroupBy(c => (string)c["Dimension"]!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => (string)c["Code"]!).Distinct().ToList());
        return new SdmxCatalogue(
            DateTimeOffset.Parse((string)vintage["PublishedAt"]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            (string)vintage["ReportingCountry"]!,
            indicators,
            dimensions.ToDictionary(d => (string)d["Dimension"]!, d => ((string)d["Property"]!, (bool)d["Additive"]!, (string?)d["Note"])),
            codes);
    }

    private static Task<List<Dictionary<string, object?>>> SetAsync(HttpClient http, string set) => new ODataFeedClient(http).AllRowsAsync(set);
}
