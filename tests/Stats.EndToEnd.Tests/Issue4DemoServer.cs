using Microsoft.AspNetCore.Builder;
using Stats.Api;
using Stats.Catalog;
using Stats.Host.Serving;
using Stats.Warehouse;

namespace Stats.EndToEnd.Tests;

/// <summary>A demo data folder (seed 42, 2025) served by `stats serve`'s composition on a loopback port, shared by a test class.</summary>
public sealed class Issue4DemoServer : IAsyncLifetime
{
    private readonly TempDataFolder _data = new();
    private CurrentVintageModelSource? _source;
    private WebApplication? _app;

    public string DataPath => _data.Path;

    /// <summary>Anonymous: the public role.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>With an admin key made by `stats keys add`.</summary>
    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (await CliRun.RunAsync("demo", "--no-serve", "--data", DataPath, "--year", "2025", "--seed", "42")).ExitCode.Should().Be(0);
        var add = await CliRun.RunAsync("keys", "add", "--role", "admin", "--name", "client-tests", "--data", DataPath);
        add.ExitCode.Should().Be(0, add.Error);
        var key = add.Output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("stats_", StringComparison.Ordinal));
        _source = new CurrentVintageModelSource(Options);
        _app = FeedServer.Build(_source, "http://127.0.0.1:0", FeedServer.CatalogKeys(new CatalogOptions(), DataPath, TimeProvider.System));
        await _app.StartAsync();
        var root = new Uri(FeedServer.Addresses(_app).Single() + "/odata/");
        Http = new HttpClient { BaseAddress = root };
        Admin = new HttpClient { BaseAddress = root };
        Admin.DefaultRequestHeaders.Add("X-Api-Key", key);
    }

    public WarehouseOptions Options => new() { DataDirectory = DataPath };

    public async Task DisposeAsync()
    {
        Http.Dispose();
        Admin.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _source?.Dispose();
        _data.Dispose();
    }
}
