using Stats.Api;

namespace Stats.Benchmarks.OData;

/// <summary>
/// Our API as `stats serve` composes it (Stats.Host's FeedServer.Build: the minimal-API OData endpoints over a model
/// source), over a fixed served model instead of the current vintage, with logging at Warning.
/// </summary>
internal static class StatsApiServer
{
    public static async Task<LoopbackServer> StartAsync(ServedModel model, CancellationToken ct, string url = "http://127.0.0.1:0")
    {
        var builder = LoopbackServer.CreateBuilder(url);
        builder.Services.AddStatsOData(new FixedServedModelSource(model));
        var app = builder.Build();
        app.MapStatsOData();
        return await LoopbackServer.StartAsync(app, "odata", ct);
    }
}
