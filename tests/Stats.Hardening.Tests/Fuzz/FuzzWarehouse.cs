using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Stats.Api;
using Stats.Catalog;
using Stats.EndToEnd.Tests;
using Stats.Etl.Synthetic;
using Stats.Host.Serving;
using Stats.Warehouse;
using Stats.Warehouse.OData;
using Stats.Warehouse.Vintages;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// The warehouse the fuzzer attacks: a generated year (small, so it builds in seconds, yet with every source, aggregate
/// returns, an estimate, and many cells of 1 … k−1 persons), loaded and published with the real commands, served by
/// `stats serve`'s composition on a loopback port with keys of every role. The page size is small so that the page-size
/// check bites on most sets; the rate limits are far above what the fuzzer sends, so that queries are evaluated rather
/// than throttled (a 429 is still allowed, and its share is printed).
/// </summary>
public sealed class FuzzWarehouse : IAsyncLifetime
{
    public const int PageSize = 50;

    private readonly TempDataFolder _data = new();
    private CurrentVintageModelSource? _source;
    private WebApplication? _app;

    public string DataPath => _data.Path;

    public int Port { get; private set; }

    /// <summary>Keys made by `stats keys add`, by role.</summary>
    internal IReadOnlyDictionary<FuzzRole, string> Keys { get; private set; } = new Dictionary<FuzzRole, string>();

    /// <summary>The sets each role may read (admin: every set of the model), with their typed properties.</summary>
    internal IReadOnlyDictionary<ODataRole, IReadOnlyList<FlatEntitySet>> SetsByRole { get; private set; } = new Dictionary<ODataRole, IReadOnlyList<FlatEntitySet>>();

    /// <summary>The protection rule of each indicator cube, by indicator id.</summary>
    internal IReadOnlyDictionary<string, CellRule> CellRules { get; private set; } = new Dictionary<string, CellRule>();

    public TimeSpan SetUpTime { get; private set; }

    public string SetUpPhases { get; private set; } = "";

    /// <summary>The server's warnings and errors, printed when a check fails.</summary>
    internal ServerLog Log { get; } = new();

    internal IReadOnlyList<FlatEntitySet> AllSets => SetsByRole[ODataRole.Admin];

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var folder = _data.Deliveries(2025);
        var generate = await CliRun.RunAsync("generate", "--data", DataPath, "--year", "2025", "--seed", "11", "--persons", "400", "--out", folder);
        generate.ExitCode.Should().Be(0, generate.Error);
        var generated = clock.Elapsed;
        foreach (var delivery in GroundTruth.Read(Path.Combine(folder, "ground-truth.json")).Deliveries.Where(d => d.Expected == "loaded"))
        {
            var load = await CliRun.RunAsync("load", "--data", DataPath, "--contract", delivery.Contract, Path.Combine(folder, delivery.File));
            load.ExitCode.Should().Be(0, load.Error + load.Output);
        }

        var loaded = clock.Elapsed;
        var publish = await CliRun.RunAsync("publish", "--data", DataPath);
        publish.ExitCode.Should().Be(0, publish.Error + publish.Output);
        var published = clock.Elapsed;
        var keys = new Dictionary<FuzzRole, string>();
        foreach (var (role, name) in new[] { (FuzzRole.Public, "public"), (FuzzRole.Analyst, "analyst"), (FuzzRole.Admin, "admin") })
        {
            var add = await CliRun.RunAsync("keys", "add", "--role", name, "--name", "fuzz-" + name, "--data", DataPath);
            add.ExitCode.Should().Be(0, add.Error);
            keys[role] = add.Output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("stats_", StringComparison.Ordinal));
        }

        Keys = keys;
        await ReadModelAsync();
        _source = new CurrentVintageModelSource(new WarehouseOptions { DataDirectory = DataPath });
        _app = FeedServer.Build(
            _source,
            "http://127.0.0.1:0",
            FeedServer.CatalogKeys(new CatalogOptions(), DataPath, TimeProvider.System),
            new ConfigurationBuilder().AddInMemoryCollection(ServerSettings()).Build(),
            logging => logging.ClearProviders().AddProvider(Log));
        await _app.StartAsync();
        Port = new Uri(FeedServer.Addresses(_app).Single()).Port;
        SetUpTime = clock.Elapsed;
        SetUpPhases = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"generate {generated.TotalSeconds:0.0} s, load {(loaded - generated).TotalSeconds:0.0} s, publish {(published - loaded).TotalSeconds:0.0} s, keys and serve {(SetUpTime - published).TotalSeconds:0.0} s");
    }

    private static Dictionary<string, string?> ServerSettings()
    {
        var settings = new Dictionary<string, string?> { ["Api:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var role in new[] { "Public", "Analyst", "Admin" })
        {
            settings[$"Api:RateLimits:{role}:TokenLimit"] = "1000000";
            settings[$"Api:RateLimits:{role}:TokensPerPeriod"] = "1000000";
        }

        return settings;
    }

    /// <summary>Which sets each role reads and how each cube is protected, read from the snapshot itself (not through HTTP).</summary>
    private async Task ReadModelAsync()
    {
        var store = new VintageStore(new WarehouseOptions { DataDirectory = DataPath });
        await using var snapshot = await store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None);
        var sets = new Dictionary<ODataRole, IReadOnlyList<FlatEntitySet>>();
        foreach (var role in Enum.GetValues<ODataRole>())
        {
            sets[role] = await PublishedSets.ReadAsync(snapshot, role, CancellationToken.None);
        }

        SetsByRole = sets;
        var rules = new Dictionary<string, CellRule>(StringComparer.Ordinal);
        await using var command = snapshot.CreateCommand();
        command.CommandText = "SELECT indicator_id, measure, disclosure_rule, CAST(coalesce(disclosure_k, 0) AS INTEGER) FROM ind_indicator";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rules[reader.GetString(0)] = new CellRule(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3));
        }

        CellRules = rules;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _source?.Dispose();
        _data.Dispose();
    }
}
