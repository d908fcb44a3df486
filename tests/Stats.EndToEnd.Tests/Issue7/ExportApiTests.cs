using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Stats.Api;
using Stats.Catalog;
using Stats.Host.Serving;
using Stats.Warehouse.Exports;
using Stats.Warehouse.Vintages;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// Issue 7 over the API: GET /exports/{format} on the served data folder (real HTTP on loopback), the role taken from the
/// key as on the feed, the zip read back with DuckDB equal to the OData answer, filters, errors that leave nothing behind,
/// the kept copy served again, the rate limit, and the portal's download links.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class ExportApiTests(Issue7Warehouse warehouse, ITestOutputHelper output)
{
    private string TempFolder => Path.Combine(warehouse.DataPath, "exports", "tmp");

    [Fact]
    public async Task Issue_7_public_csv_download_is_a_zip_whose_V04_equals_the_public_feed()
    {
        var download = await DownloadAsync(warehouse.Public, "/exports/csv");
        var published = new VintageStore(warehouse.Options).Current()!.PublishedAt;

        download.Header("X-Stats-Vintage").Should().Be("2");
        download.Header("X-Stats-Role").Should().Be("public");
        download.ContentType.Should().Be("application/zip");
        download.FileName.Should().Be("thb-vintage-2-public-csv.zip");
        download.LastModified.Should().Be(TruncateToSeconds(published));
        DateTimeOffset.Parse(download.Header("X-Stats-Created"), CultureInfo.InvariantCulture).Offset.Should().Be(TimeSpan.Zero);
        download.Entries.Should().Contain(["metadata.json", "V04.csv", "J02.csv"]);
        download.Metadata.GetProperty("role").GetString().Should().Be("public");
        download.Metadata.GetProperty("vintage").GetInt32().Should().Be(2);

        var odata = await warehouse.ODataCellsAsync("V04", "public");
        var cells = ExportCells.ShouldMatchOData(download.Csv("V04"), odata, "public V04.csv over the API");
        cells.Should().Be(odata.Count).And.BeGreaterThan(100);
        download.Csv("V04")[0].Should().NotContainKey("Contributors", "the public cube has no contributor counts");
        output.WriteLine($"public V04.csv: {cells} cells equal to the feed; {download.Entries.Count} entries, {download.Bytes:N0} bytes");
    }

    [Fact]
    public async Task Issue_7_an_analyst_key_gets_the_analyst_export_with_contributors_equal_to_the_analyst_feed()
    {
        var download = await DownloadAsync(warehouse.Analyst, "/exports/csv");

        download.Header("X-Stats-Role").Should().Be("analyst");
        download.FileName.Should().Be("thb-vintage-2-analyst-csv.zip");
        download.Metadata.GetProperty("role").GetString().Should().Be("analyst");
        var rows = download.Csv("V04");
        rows[0].Should().ContainKey("Contributors");
        var cells = ExportCells.ShouldMatchOData(rows, await warehouse.ODataCellsAsync("V04", "analyst"), "analyst V04.csv over the API");
        output.WriteLine($"analyst V04.csv: {cells} cells equal to the analyst feed");
    }

    [Fact]
    public async Task Issue_7_no_suppressed_value_reaches_a_public_download()
    {
        var analyst = await DownloadAsync(warehouse.Analyst, "/exports/csv");
        var anonymous = await DownloadAsync(warehouse.Public, "/exports/csv");
        var suppressed = 0;
        var hidden = 0;
        foreach (var file in analyst.Entries.Where(e => e.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var id = file[..^4];
            var open = anonymous.Csv(id).ToDictionary(r => r["CellKey"]);
            foreach (var row in analyst.Csv(id).Where(r => r["ConfStatus"] is "C" or "D"))
            {
                suppressed++;
                hidden += row["Value"].Length > 0 ? 1 : 0;
                var published = open[row["CellKey"]];
                published["Value"].Should().BeEmpty($"{id} {row["CellKey"]} is suppressed ({row["ConfStatus"]})");
                published["ConfStatus"].Should().Be(row["ConfStatus"]);
                published["Flags"].Should().Contain("c");
            }
        }

        output.WriteLine($"{suppressed} suppressed cells, {hidden} with an analyst value; none has a public value");
        suppressed.Should().BeGreaterThan(0, "vintage 2 has primary and secondary suppression");
        hidden.Should().BeGreaterThan(0, "the analyst export shows values the public one must hide");
    }

    [Fact]
    public async Task Issue_7_indicators_and_years_restrict_the_download_and_the_temp_copy_is_deleted()
    {
        var before = TempEntries();
        var download = await DownloadAsync(warehouse.Public, "/exports/csv?indicators=V04&years=2025");

        download.Entries.Should().BeEquivalentTo(["metadata.json", "V04.csv"]);
        download.Metadata.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).Should().Equal(2025);
        var odata2025 = (await warehouse.ODataCellsAsync("V04", "public"))
            .Where(c => ExportCells.Text(c.Value["Year"]) == "2025")
            .ToDictionary(c => c.Key, c => c.Value);
        var cells = ExportCells.ShouldMatchOData(download.Csv("V04"), odata2025, "V04 2025 over the API");
        cells.Should().BeGreaterThan(0);
        output.WriteLine($"V04 2025: {cells} cells equal to the feed's 2025 cells");
        await NoNewTempEntriesAsync(before);
    }

    [Theory]
    [InlineData("/exports/nope", 404, new[] { "nope", "csv" })]
    [InlineData("/exports/csv?indicators=V04,X99", 400, new[] { "indicators", "X99", "V04" })]
    [InlineData("/exports/csv?years=2019", 400, new[] { "years", "2019", "2024, 2025" })]
    [InlineData("/exports/csv?years=abc", 400, new[] { "years", "abc" })]
    [InlineData("/exports/csv?vintage=99", 400, new[] { "vintage", "99" })]
    [InlineData("/exports/csv?vintage=two", 400, new[] { "vintage", "two" })]
    [InlineData("/exports/csv?role=analyst", 400, new[] { "role", "API key" })]
    public async Task Issue_7_a_bad_request_is_a_json_error_naming_the_parameter_and_leaves_nothing_behind(string url, int status, string[] named)
    {
        var before = TempEntries();
        using var response = await warehouse.Public.GetAsync(new Uri(warehouse.Public.BaseAddress!, url));
        var body = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var json = JsonDocument.Parse(body);
        var message = json.RootElement.GetProperty("error").GetProperty("message").GetString();
        message.Should().ContainAll(named);
        output.WriteLine($"{url} → {status}: {message}");
        await NoNewTempEntriesAsync(before);
    }

    [Fact]
    public async Task Issue_7_a_second_whole_download_is_served_from_the_kept_folder()
    {
        var first = await DownloadAsync(warehouse.Public, "/exports/csv");
        var kept = Path.Combine(warehouse.DataPath, "exports", "vintage-2", "public", "csv", "metadata.json");
        File.Exists(kept).Should().BeTrue("a whole export of the current vintage is kept where the export-refresh job writes");
        var second = await DownloadAsync(warehouse.Public, "/exports/csv");

        second.Header("X-Stats-Created").Should().Be(first.Header("X-Stats-Created"));
        using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(kept));
        metadata.RootElement.GetProperty("createdAt").GetDateTimeOffset()
            .Should().Be(DateTimeOffset.Parse(first.Header("X-Stats-Created"), CultureInfo.InvariantCulture));
        second.Entries.Should().Equal(first.Entries);
        second.Csv("V04").Select(r => r["CellKey"]).Should().Equal(first.Csv("V04").Select(r => r["CellKey"]));
    }

    [Fact]
    public async Task Issue_7_the_format_list_names_every_format_and_the_callers_role()
    {
        using var anonymous = JsonDocument.Parse(await warehouse.Public.GetStringAsync(new Uri(warehouse.Public.BaseAddress!, "/exports")));
        using var analyst = JsonDocument.Parse(await warehouse.Analyst.GetStringAsync(new Uri(warehouse.Analyst.BaseAddress!, "/exports")));

        anonymous.RootElement.GetProperty("vintage").GetInt32().Should().Be(2);
        anonymous.RootElement.GetProperty("role").GetString().Should().Be("public");
        analyst.RootElement.GetProperty("role").GetString().Should().Be("analyst");
        var formats = anonymous.RootElement.GetProperty("formats").EnumerateArray().ToList();
        formats.Select(f => f.GetProperty("id").GetString()).Should().Equal(ExportFormats.All.Select(f => f.Id));
        var csv = formats.Single(f => f.GetProperty("id").GetString() == "csv");
        csv.GetProperty("singleFile").GetBoolean().Should().BeFalse();
        csv.GetProperty("mediaType").GetString().Should().Be("application/zip");
        csv.GetProperty("url").GetString().Should().Be("/exports/csv");
    }

    [Fact]
    public async Task Issue_7_the_portal_home_links_each_formats_public_export()
    {
        var home = await warehouse.Public.GetStringAsync(new Uri(warehouse.Public.BaseAddress!, "/"));
        foreach (var format in ExportFormats.All)
        {
            home.Should().Contain($"href=\"/exports/{format.Id}\"");
        }

        home.Should().Contain("href=\"/odata/\"", "the feed's links stay");
    }

    [Fact]
    public async Task Issue_7_downloads_take_tokens_from_the_callers_rate_limit()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Api:RateLimits:Public:TokenLimit"] = "2",
            ["Api:RateLimits:Public:TokensPerPeriod"] = "1",
            ["Api:RateLimits:Public:ReplenishmentPeriod"] = "01:00:00",
        }).Build();
        using var source = new CurrentVintageModelSource(warehouse.Options);
        await using var app = FeedServer.Build(source, "http://127.0.0.1:0", FeedServer.CatalogKeys(new CatalogOptions(), warehouse.DataPath, TimeProvider.System), configuration);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(FeedServer.Addresses(app).Single() + "/") };

        using (var first = await http.GetAsync(new Uri("exports/csv?indicators=V04&years=2025", UriKind.Relative)))
        {
            first.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using (var second = await http.GetAsync(new Uri("exports", UriKind.Relative)))
        {
            second.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var third = await http.GetAsync(new Uri("exports/csv", UriKind.Relative));
        third.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "two requests used the bucket of two tokens");
        third.Headers.RetryAfter.Should().NotBeNull();
        await app.StopAsync();
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset t) => new(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private HashSet<string> TempEntries() =>
        Directory.Exists(TempFolder) ? Directory.EnumerateFileSystemEntries(TempFolder).ToHashSet() : [];

    /// <summary>The temp copy goes when the response has been sent, which may be just after the client read its last byte.</summary>
    private async Task NoNewTempEntriesAsync(HashSet<string> before)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (TempEntries().Except(before).Any() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        TempEntries().Except(before).Should().BeEmpty("a temp export is deleted once answered, and a refused request writes none");
    }

    private async Task<Download> DownloadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(client.BaseAddress!, url), HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var folder = Path.Combine(warehouse.DataPath, "test-exports", "api-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var zip = folder + ".download";
        await using (var file = File.Create(zip))
        {
            await response.Content.CopyToAsync(file);
        }

        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        ZipFile.ExtractToDirectory(zip, folder);
        var entries = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "metadata.json")));
        return new Download(
            folder, headers, entries, new FileInfo(zip).Length, response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), response.Content.Headers.LastModified, metadata.RootElement.Clone());
    }

    private sealed record Download(
        string Folder, Dictionary<string, string> Headers, List<string> Entries, long Bytes, string? ContentType, string? FileName,
        DateTimeOffset? LastModified, JsonElement Metadata)
    {
        public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No header {name}.");

        public List<Dictionary<string, string>> Csv(string indicator) =>
            ExportCells.Query($"SELECT * FROM read_csv('{Path.Combine(Folder, indicator + ".csv")}', header = true, all_varchar = true)");
    }
}
