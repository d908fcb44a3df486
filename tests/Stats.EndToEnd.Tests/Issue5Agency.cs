using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// An agency's download endpoint on loopback, in the test process: serves one delivery file with an ETag, answers 304 to a
/// matching If-None-Match, or 401 when told to; counts the requests and keeps the If-None-Match each one carried.
/// </summary>
internal sealed class Issue5Agency(string file) : IAsyncDisposable
{
    public const string ETag = "\"delivery-v1\"";

    private readonly List<(int Status, string? IfNoneMatch)> _requests = [];
    private WebApplication? _app;

    public bool RefuseCredentials { get; set; }

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<(int Status, string? IfNoneMatch)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/exports/{name}", Serve);
        await _app.StartAsync();
        var root = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Url = new Uri($"{root}/exports/{Path.GetFileName(file)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task Serve(HttpContext context)
    {
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.Count == 0 ? null : context.Request.Headers.IfNoneMatch.ToString();
        var status = RefuseCredentials ? 401 : ifNoneMatch == ETag ? 304 : 200;
        lock (_requests)
        {
            _requests.Add((status, ifNoneMatch));
        }

        context.Response.StatusCode = status;
        if (status == 200)
        {
            context.Response.Headers.ETag = ETag;
            context.Response.ContentType = "text/csv";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{Path.GetFileName(file)}\"";
            await context.Response.SendFileAsync(file);
        }
        else if (status == 304)
        {
            context.Response.Headers.ETag = ETag;
        }
    }
}
