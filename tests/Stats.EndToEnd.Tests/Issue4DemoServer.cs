using Microsoft.AspNetCore.Builder;
using Stats.Api;
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

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (await CliRun.RunAsync("demo", "--no-serve", "--data", DataPath, "--year", "2025", "--seed", "42")).ExitCode.Should().Be(0);
        _source = new CurrentVintageModelSource(Options);
        _app = FeedServer.Build(_source, "http://127.0.0.1:0");
        await _app.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(FeedServer.Addresses(_app).Single() + "/odata/") };
    }

    public WarehouseOptions Options => new() { DataDirectory = DataPath };

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _source?.Dispose();
        _data.Dispose();
    }
}
