namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>The feed's catalogue sets (Indicators, Dimensions) as a role reads them: definitions and non-additive notes to find in the workbook.</summary>
internal static class GretaFeedCatalogue
{
    public static async Task<Dictionary<string, Dictionary<string, object?>>> SetAsync(HttpClient http, string set, string key) =>
        (await new ODataFeedClient(http).AllRowsAsync(set)).ToDictionary(row => (string)row[key]!);
}
