using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Stats.Host.Serving;

namespace Stats.Hardening.Tests.Security;

/// <summary>An agency's download endpoint on loopback that records the Authorization header of every request and refuses it (401).</summary>
internal sealed class CredentialEndpoint : IAsyncDisposable
{
    private readonly List<string> _authorizations = [];
    private WebApplication? _app;

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<string> Authorizations
    {
        get
        {
            lock (_authorizations)
            {
                return [.. _authorizations];
            }
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/deliveries/{name}", (HttpContext context) =>
        {
            lock (_authorizations)
            {
                _authorizations.Add(context.Request.Headers.Authorization.ToString());
            }

            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        });
        await _app.StartAsync();
        Url = new Uri(FeedServer.Addresses(_app).Single() + "/deliveries/police_victims_2025.csv");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
