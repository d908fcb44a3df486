using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stats.Api.Access;
using Stats.Api.Portal;
using Stats.Warehouse.OData;

namespace Stats.Api.Tests.Portal;

/// <summary>
/// The portal and the feed as `stats serve` composes them (access layer, OData, portal) over the published vintages of a
/// <see cref="PortalWarehouse"/>, on Kestrel on a loopback port. Keys: one analyst, one admin.
/// </summary>
public class PortalServer : IAsyncLifetime
{
    public const string AnalystKey = "stats_portal-analyst-key-000000000000000000000";
    public const string AdminKey = "stats_portal-admin-key-0000000000000000000000";

    private PortalWarehouse? _warehouse;
    private CurrentVintageModelSource? _source;
    private WebApplication? _app;

    internal PortalWarehouse Warehouse => _warehouse!;

    public Uri Root { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    /// <summary>The charts registered, if any.</summary>
    internal virtual IPortalCharts? Charts => null;

    /// <summary>Changes the warehouse before its first publication (more deliveries, other settings); nothing by default.</summary>
    internal virtual Task PrepareAsync(PortalWarehouse warehouse) => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _warehouse = await PortalWarehouse.CreateAsync();
        await PrepareAsync(_warehouse);
        await _warehouse.PublishAsync(PortalWarehouse.FirstPublication);
        _source = new CurrentVintageModelSource(_warehouse.Options);
        var keys = new ConcurrentDictionary<string, ApiCaller>(StringComparer.Ordinal)
        {
            [AnalystKey] = new ApiCaller(ODataRole.Analyst, "analyst-anna"),
            [AdminKey] = new ApiCaller(ODataRole.Admin, "admin-adam"),
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddStatsOData(_source);
        builder.Services.AddStatsAccess(new KeyStore(keys), new AccessOptions());
        if (Charts is { } charts)
        {
            builder.Services.AddSingleton(charts);
        }

        _app = builder.Build();
        _app.UseStatsAccess();
        _app.MapStatsOData();
        _app.MapStatsPortal();
        Root = new Uri((await LoopbackApp.StartAsync(_app)).GetLeftPart(UriPartial.Authority) + "/");
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await LoopbackApp.StopAsync(_app);
        _source?.Dispose();
        if (_warehouse is not null)
        {
            await _warehouse.DisposeAsync();
        }
    }

    public async Task<(int Status, string Body, HttpResponseMessage Response)> GetAsync(string relative, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Root, relative));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        var response = await Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }
}
