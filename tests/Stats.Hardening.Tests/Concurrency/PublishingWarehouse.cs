using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Stats.Api;
using Stats.Catalog;
using Stats.EndToEnd.Tests;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Etl.Operations;
using Stats.Hardening.Tests.Fuzz;
using Stats.Host.Serving;
using Stats.Warehouse;
using Stats.Warehouse.Freshness;

namespace Stats.Hardening.Tests.Concurrency;

/// <summary>
/// A small warehouse that publishes while it is served: one writer session (as the scheduler's publish job holds one) over
/// a data folder with the V04-only catalogue (<see cref="TrimmedCatalogue"/>), vintage 1 published from the base delivery,
/// `stats serve`'s composition on a loopback port with rate limits off (readers must never be throttled here) and a
/// small page size (so that reading V04's cells takes several pages), and an analyst key.
/// </summary>
internal sealed class PublishingWarehouse : IAsyncDisposable
{
    public const int PageSize = 10;

    private readonly TempDataFolder _data = new();
    private WarehouseSession? _session;
    private SourceContract? _contract;
    private IReadOnlyList<SourceExpectation> _expectations = [];
    private CurrentVintageModelSource? _source;
    private WebApplication? _app;

    public WarehouseOptions Options { get; private set; } = new();

    public Uri ODataRoot { get; private set; } = null!;

    public string AnalystKey { get; private set; } = "";

    public ServerLog Log { get; } = new();

    public static async Task<PublishingWarehouse> CreateAsync()
    {
        var warehouse = new PublishingWarehouse();
        await warehouse.InitializeAsync();
        return warehouse;
    }

    private async Task InitializeAsync()
    {
        Options = new WarehouseOptions { DataDirectory = _data.Path, SqlDirectory = TrimmedCatalogue.Copy(Path.Combine(_data.Path, "sql-v04")) };
        var add = await CliRun.RunAsync("keys", "add", "--role", "analyst", "--name", "concurrency-reader", "--data", _data.Path);
        add.ExitCode.Should().Be(0, add.Error);
        AnalystKey = add.Output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("stats_", StringComparison.Ordinal));

        var contracts = new ContractRepository(Path.Combine(AppContext.BaseDirectory, "contracts"));
        _contract = contracts.Get("police-victims");
        _expectations = ContractExpectations.From(contracts.All());
        _session = await WarehouseSession.OpenAsync(Options, new CatalogOptions(), TimeProvider.System, CancellationToken.None);
        await PublishAsync(1);

        _source = new CurrentVintageModelSource(Options);
        var settings = new Dictionary<string, string?> { ["Api:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var role in new[] { "Public", "Analyst", "Admin" })
        {
            settings[$"Api:RateLimits:{role}:TokenLimit"] = "0";
        }

        _app = FeedServer.Build(
            _source,
            "http://127.0.0.1:0",
            FeedServer.CatalogKeys(new CatalogOptions(), _data.Path, TimeProvider.System),
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            logging => logging.ClearProviders().AddProvider(Log));
        await _app.StartAsync();
        ODataRoot = new Uri(FeedServer.Addresses(_app).Single() + "/odata/");
    }

    /// <summary>Loads the delivery that makes <paramref name="vintage"/> and publishes it; returns how long that took.</summary>
    public async Task<TimeSpan> PublishAsync(int vintage)
    {
        var clock = Stopwatch.StartNew();
        var file = PoliceDeliveries.Write(_data.Path, vintage);
        var outcome = await _session!.LoadAsync(_contract!, file, null, CancellationToken.None);
        outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
        var result = await _session.PublishAsync(_expectations, null, CancellationToken.None);
        result.Published.Should().BeTrue(string.Join("; ", result.Failures.Select(f => $"{f.Test}: {f.Error}")));
        result.Vintage!.Id.Should().Be(vintage);
        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _source?.Dispose();
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        _data.Dispose();
    }
}
