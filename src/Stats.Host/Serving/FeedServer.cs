using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Stats.Api;

namespace Stats.Host.Serving;

/// <summary>Composition of the web process: Kestrel on the given addresses and the OData endpoints over a model source.</summary>
public static class FeedServer
{
    public static WebApplication Build(IServedModelSource source, string urls)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Services.AddStatsOData(source);
        var app = builder.Build();
        app.MapStatsOData();
        return app;
    }

    /// <summary>The addresses Kestrel actually bound (port 0 resolved).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}
