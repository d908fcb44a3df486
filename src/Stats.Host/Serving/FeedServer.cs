using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stats.Api;
using Stats.Api.Access;
using Stats.Api.Exports;
using Stats.Api.Intake;
using Stats.Api.Operations;
using Stats.Api.Portal;
using Stats.Charts.Packs;
using Stats.Warehouse;

namespace Stats.Host.Serving;

/// <summary>
/// Composition of the web process: Kestrel on the given addresses, the access layer (API keys, rate limits, request
/// timeout), the OData endpoints over a model source, the portal and the export downloads. Paging and access limits come
/// from the <c>Api</c> section of the configuration (see <see cref="ODataServeOptions"/> and <see cref="AccessOptions"/>).
/// </summary>
public static class FeedServer
{
    /// <param name="source">The vintages served.</param>
    /// <param name="urls">Kestrel addresses, ';'-separated.</param>
    /// <param name="keys">Makes the API key store; none means anonymous access only (every key is refused).</param>
    /// <param name="configuration">The <c>Api</c> section is read from it; none means the defaults.</param>
    /// <param name="logging">Extra logging set-up (tests capture the log with it).</param>
    /// <param name="compose">More services: the scheduler, the upload inbox, health and admin operations (`stats serve`).</param>
    public static WebApplication Build(
        IServedModelSource source,
        string urls,
        Func<IServiceProvider, IApiKeyStore>? keys = null,
        IConfiguration? configuration = null,
        Action<ILoggingBuilder>? logging = null,
        Action<IServiceCollection>? compose = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        // "Server: Kestrel" tells a scanner which server's flaws to try; nothing needs it.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        logging?.Invoke(builder.Logging);
        var api = configuration?.GetSection(AccessOptions.Section);
        builder.Services.AddStatsOData(source, o => api?.Bind(o));
        builder.Services.AddStatsAccess(keys ?? (_ => NoApiKeys.Instance), configuration?.ReadAccessOptions() ?? new AccessOptions());
        builder.Services.AddSingleton<IPortalCharts>(sp => PortalChartsFrom(configuration, sp.GetRequiredService<ILogger<PortalCharts>>()));
        if (source is CurrentVintageModelSource served)
        {
            // Exports are made from the data folder's vintage files; a fixed-model feed has none, and gets no /exports.
            builder.Services.AddStatsExports(served.Warehouse, configuration?.ReadExportServeOptions());
        }

        compose?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseStatsAccess();
        app.MapStatsOData();
        app.MapStatsPortal();
        app.MapStatsExports();

        // Mapped only where their services were composed in (the groups check that themselves).
        app.MapStatsIntake();
        app.MapStatsOperations();
        return app;
    }

    private static PortalCharts PortalChartsFrom(IConfiguration? configuration, ILogger<PortalCharts> logger)
    {
        var warehouse = new WarehouseOptions();
        configuration?.GetSection(WarehouseOptions.Section).Bind(warehouse);
        var pack = new PackOptions();
        configuration?.GetSection(PackOptions.Section).Bind(pack);
        return new PortalCharts(pack.DashboardsPath, warehouse.SqlPath, logger);
    }

    /// <summary>The key store over the catalog of the data folder (its migrations already applied).</summary>
    public static Func<IServiceProvider, IApiKeyStore> CatalogKeys(Catalog.CatalogOptions catalog, string dataDirectory, TimeProvider time) =>
        services => new CatalogApiKeyStore(catalog, dataDirectory, time, services.GetRequiredService<ILogger<CatalogApiKeyStore>>());

    /// <summary>The addresses Kestrel actually bound (port 0 resolved).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}
