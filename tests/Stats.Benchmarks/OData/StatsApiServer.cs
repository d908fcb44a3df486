using Stats.Api;
using Stats.Api.Access;
using Stats.Warehouse.OData;

namespace Stats.Benchmarks.OData;

/// <summary>
/// Our API as `stats serve` composes it (Stats.Host's FeedServer.Build: authentication, request timeout and the minimal-API
/// OData endpoints over a model source), over fixed per-role models, with logging at Warning. Rate limits are off: the load
/// generator on loopback is one address and would otherwise measure the limiter.
/// </summary>
internal static class StatsApiServer
{
    public static async Task<LoopbackServer> StartAsync(IReadOnlyDictionary<ODataRole, ServedModel> models, CancellationToken ct, string url = "http://127.0.0.1:0")
    {
        var builder = LoopbackServer.CreateBuilder(url);
        builder.Services.AddStatsOData(new FixedServedModelSource(models));
        var unlimited = new RateLimitsByRole { Public = RoleRateLimit.Of(0, 0), Analyst = RoleRateLimit.Of(0, 0), Admin = RoleRateLimit.Of(0, 0) };
        builder.Services.AddStatsAccess(new BenchmarkKeys(), new AccessOptions { RateLimits = unlimited, RequestTimeout = TimeSpan.FromMinutes(10) });
        var app = builder.Build();
        app.UseStatsAccess();
        app.MapStatsOData();
        return await LoopbackServer.StartAsync(app, "odata", ct);
    }

    public static Task<LoopbackServer> StartAsync(ServedModel publicModel, CancellationToken ct, string url = "http://127.0.0.1:0") =>
        StartAsync(new Dictionary<ODataRole, ServedModel> { [ODataRole.Public] = publicModel }, ct, url);
}
