namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>The feed's catalogue sets (Indicators, Dimensions) as a role reads them: definitions and non-additive notes to find in the workbook.</summary>
internal static class GretaFeedCatalogue
{
    public static async Task<Dictionary<string, Dictionary<string, object?>>> SetAsync(HttpClient http, string set, string key)
    {
        var client = new ODataFeedClient(http);
        var model = await client.ModelAsync();
        var rows = new Dictionary<string, Dictionary<string, object?>>();
        string? url = set;
        while (url is not null)
        {
            var page = await client.PageAsync(model, set, url);
            foreach (var row in page.Rows)
            {
                rows.Add((string)row[key]!, row);
            }

            url = page.NextLink?.ToString();
        }

        return rows;
    }
}
