using Microsoft.AspNetCore.Builder;
using Stats.Api;
using Stats.Catalog;
using Stats.Etl.Synthetic;
using Stats.Host.Serving;
using Stats.Warehouse;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// One data folder shared by the export tests: the demo (seed 42) publishes 2025 as vintage 1; a generated 2024
/// (seed 7) is loaded through `stats load` and `stats publish` makes vintage 2, holding both years (annual, quarterly
/// and monthly cells, primary and secondary suppression). The folder is served by `stats serve`'s composition on a
/// loopback port, anonymously (public) and with an analyst key, so exports can be compared with the OData answer.
/// </summary>
public sealed class Issue7Warehouse : IAsyncLifetime
{
    public const int Vintage = 2;

    private readonly TempDataFolder _data = new();
    private CurrentVintageModelSource? _source;
    private WebApplication? _app;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Indicator, string Role), Task<Dictionary<string, Dictionary<string, object?>>>> _cells = new();

    public string DataPath => _data.Path;

    public WarehouseOptions Options => new() { DataDirectory = DataPath };

    /// <summary>Anonymous: the public role.</summary>
    public HttpClient Public { get; private set; } = null!;

    /// <summary>With an analyst key made by `stats keys add`.</summary>
    public HttpClient Analyst { get; private set; } = null!;

    /// <summary>The OData root of the served feed (…/odata/).</summary>
    public Uri ODataRoot { get; private set; } = null!;

    /// <summary>The analyst key, for API tests that make their own requests.</summary>
    public string AnalystKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        (await CliRun.RunAsync("demo", "--no-serve", "--data", DataPath, "--year", "2025", "--seed", "42")).ExitCode.Should().Be(0);
        var folder = _data.Deliveries(2024);
        var generate = await CliRun.RunAsync("generate", "--data", DataPath, "--year", "2024", "--seed", "7", "--out", folder);
        generate.ExitCode.Should().Be(0, generate.Error);
        var truth = GroundTruth.Read(Path.Combine(folder, "ground-truth.json"));
        foreach (var delivery in truth.Deliveries.Where(d => d.Expected == "loaded"))
        {
            var load = await CliRun.RunAsync("load", "--data", DataPath, "--contract", delivery.Contract, Path.Combine(folder, delivery.File));
            load.ExitCode.Should().Be(0, load.Error + load.Output);
        }

        var publish = await CliRun.RunAsync("publish", "--data", DataPath);
        publish.ExitCode.Should().Be(0, publish.Error + publish.Output);

        var add = await CliRun.RunAsync("keys", "add", "--role", "analyst", "--name", "issue7-tests", "--data", DataPath);
        add.ExitCode.Should().Be(0, add.Error);
        AnalystKey = add.Output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("stats_", StringComparison.Ordinal));
        _source = new CurrentVintageModelSource(Options);
        _app = FeedServer.Build(_source, "http://127.0.0.1:0", FeedServer.CatalogKeys(new CatalogOptions(), DataPath, TimeProvider.System));
        await _app.StartAsync();
        ODataRoot = new Uri(FeedServer.Addresses(_app).Single() + "/odata/");
        Public = new HttpClient { BaseAddress = ODataRoot };
        Analyst = new HttpClient { BaseAddress = ODataRoot };
        Analyst.DefaultRequestHeaders.Add("X-Api-Key", AnalystKey);
    }

    /// <summary>Runs `stats export` into a new folder of the data folder and returns the folder (the command must succeed).</summary>
    public async Task<string> ExportAsync(string format, string role = "public", params string[] more)
    {
        var folder = Path.Combine(DataPath, "test-exports", $"{format}-{role}-{Guid.NewGuid():N}");
        var run = await CliRun.RunAsync(["export", format, "--data", DataPath, "--role", role, "--out", folder, .. more]);
        run.ExitCode.Should().Be(0, run.Error + run.Output);
        return folder;
    }

    /// <summary>
    /// Every cell of Indicator_&lt;id&gt; as the feed serves it to the role, following next links, by CellKey. Read once per
    /// indicator and role and shared by the tests (the vintage never changes in this fixture); callers must not change it.
    /// </summary>
    public Task<Dictionary<string, Dictionary<string, object?>>> ODataCellsAsync(string indicator, string role = "public") =>
        _cells.GetOrAdd((indicator, role), key => ReadCellsAsync(key.Indicator, key.Role));

    private async Task<Dictionary<string, Dictionary<string, object?>>> ReadCellsAsync(string indicator, string role)
    {
        var client = new ODataFeedClient(role == "analyst" ? Analyst : Public);
        var model = await client.ModelAsync();
        var set = "Indicator_" + indicator;
        var cells = new Dictionary<string, Dictionary<string, object?>>();
        string? url = set;
        while (url is not null)
        {
            var page = await client.PageAsync(model, set, url);
            page.Vintage.Should().Be(Vintage.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var row in page.Rows)
            {
                cells.Add((string)row["CellKey"]!, row);
            }

            url = page.NextLink?.ToString();
        }

        return cells;
    }

    public async Task DisposeAsync()
    {
        Public?.Dispose();
        Analyst?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _source?.Dispose();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class Issue7Collection : ICollectionFixture<Issue7Warehouse>
{
    public const string Name = "issue 7 exports";
}
