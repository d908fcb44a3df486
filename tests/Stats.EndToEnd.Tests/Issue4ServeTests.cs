using System.Net;
using System.Text.Json;
using Stats.Api;
using Stats.Host.Serving;
using Stats.Warehouse;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Issue 4 (first part): `stats serve` composition over a demo data folder — the feed serves the current vintage's
/// protected cubes, and a publish while serving switches the vintage from the next request on, with no failed request.
/// </summary>
public sealed class Issue4ServeTests : IDisposable
{
    private const string V04BySex =
        "Indicator_V04?$filter=Frequency eq 'A' and Sex ne '_T' and AgeGroup eq '_T' and Citizenship eq '_T' and FormMain eq '_T'" +
        " and FormAny eq '_T' and Organisation eq '_T' and Region eq '_T' and TraffickingType eq '_T'&$select=Sex,Value,Flags";

    private readonly TempDataFolder _data = new();

    [Fact]
    public async Task Issue_4_the_feed_serves_the_public_cube_and_switches_vintage_without_a_restart_or_a_failed_request()
    {
        (await CliRun.RunAsync("demo", "--no-serve", "--data", _data.Path)).ExitCode.Should().Be(0);
        using var source = new CurrentVintageModelSource(new WarehouseOptions { DataDirectory = _data.Path });
        await using var app = FeedServer.Build(source, "http://127.0.0.1:0");
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(FeedServer.Addresses(app).Single() + "/odata/") };

        // Expected values from the snapshot's own table, read with the test's SQL: the published (protected) values.
        await using (var snapshot = await SnapshotQueries.OpenCurrentAsync(_data.Path))
        {
            var expected = await snapshot.CountsAsync(
                "SELECT sex, CAST(obs_value AS BIGINT) FROM ind_cell WHERE indicator_id = 'V04' AND freq = 'A' AND table_by = 'sex' AND obs_value IS NOT NULL");
            var served = await ValuesAsync(http, V04BySex);
            served.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => (long)kv.Value!.Value).Should().BeEquivalentTo(expected);
            served.Where(kv => kv.Value is null).Should().NotBeEmpty("the demo has small sex cells, served without a value");
        }

        (await VintageAsync(http)).Should().Be(1);

        // Requests keep coming while a new vintage is published; every one must succeed.
        using var stop = new CancellationTokenSource();
        var statuses = new List<HttpStatusCode>();
        var load = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await http.GetAsync(new Uri(V04BySex, UriKind.Relative));
                lock (statuses)
                {
                    statuses.Add(response.StatusCode);
                }

                // Paced below the anonymous rate limit (20 requests/s after a burst of 100): this test is about the switch of
                // vintage, and a publish that takes longer must not turn it into a test of the limiter (answered 429).
                await Task.Delay(60);
            }
        });
        (await CliRun.RunAsync("publish", "--data", _data.Path)).ExitCode.Should().Be(0);
        (await VintageAsync(http)).Should().Be(2, "the next request after a publish is served from the new vintage");
        await stop.CancelAsync();
        await load;
        statuses.Should().NotBeEmpty().And.OnlyContain(s => s == HttpStatusCode.OK);
        await app.StopAsync();
    }

    public void Dispose() => _data.Dispose();

    private static async Task<Dictionary<string, double?>> ValuesAsync(HttpClient http, string query)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(query, UriKind.Relative)));
        return document.RootElement.GetProperty("value").EnumerateArray().ToDictionary(
            row => row.GetProperty("Sex").GetString()!,
            row => row.GetProperty("Value").ValueKind == JsonValueKind.Null ? (double?)null : row.GetProperty("Value").GetDouble());
    }

    private static async Task<int> VintageAsync(HttpClient http)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri("Vintage", UriKind.Relative)));
        return document.RootElement.GetProperty("value")[0].GetProperty("VintageId").GetInt32();
    }
}
