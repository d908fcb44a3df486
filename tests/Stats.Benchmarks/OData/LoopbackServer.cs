using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Stats.Benchmarks.OData;

/// <summary>A started Kestrel app on 127.0.0.1 (port 0 unless given) and the OData service root it answers on.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackServer(WebApplication app, Uri serviceRoot)
    {
        this.app = app;
        ServiceRoot = serviceRoot;
    }

    /// <summary>Ends with a slash, so relative set names resolve under it.</summary>
    public Uri ServiceRoot { get; }

    /// <summary>
    /// A slim builder on loopback. Logging is at Warning: at the default (Information) the hosting layer writes two
    /// console lines per request, which under load would measure the console, not the service.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string url = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder;
    }

    public static async Task<LoopbackServer> StartAsync(WebApplication app, string routePrefix, CancellationToken ct)
    {
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/" + routePrefix + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
