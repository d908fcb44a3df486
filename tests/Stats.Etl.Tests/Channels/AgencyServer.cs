using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Stats.Etl.Tests.Channels;

/// <summary>A real Kestrel server on loopback playing an agency's export endpoint; it records the headers it was sent.</summary>
public sealed class AgencyServer : IAsyncLifetime
{
    public const string ETag = "\"v1-police-2025-03\"";
    public const string BasicUser = "warehouse";
    public const string BasicPassword = "s3cret-Pa55";
    public const string ApiKey = "k3y-0123456789";
    public static readonly DateTimeOffset LastModified = new(2025, 3, 9, 18, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset RetryAt = new(2025, 3, 10, 6, 16, 30, TimeSpan.Zero);
    public static readonly byte[] Export = Encoding.UTF8.GetBytes("case_ref;person_pseudonym;detected_on\nC1;" + new string('a', 64) + ";01.03.2025\n");

    private WebApplication? _app;

    public Uri Root { get; private set; } = null!;
    public ConcurrentQueue<SeenRequest> Seen { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var h = context.Request.Headers;
            Seen.Enqueue(new SeenRequest(context.Request.Path, h.IfNoneMatch.ToString(), h.IfModifiedSince.ToString(), h.Authorization.ToString(), h["X-Api-Key"].ToString()));
            await next(context);
        });
        app.MapGet("/exports/police_victims_2025-03.csv", (HttpContext c) => Conditional(c));
        app.MapGet("/exports/latest", (HttpContext c) => Body(c, Export));
        app.MapGet("/exports/named", (HttpContext c) => Body(c, Export, "attachment; filename=\"police_victims_week10.csv\""));
        app.MapGet("/exports/evil", (HttpContext c) => Body(c, Export, "attachment; filename=\"../../police_victims_evil.csv\""));
        app.MapGet("/exports/big", (HttpContext c) => Body(c, new byte[2000]));
        app.MapGet("/exports/big-chunked", BigChunked);
        app.MapGet("/exports/slow", async (HttpContext c) => await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted));
        app.MapGet("/status/{code:int}", Status);
        app.MapGet("/secure/basic", (HttpContext c) =>
            c.Request.Headers.Authorization == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BasicUser}:{BasicPassword}"))
                ? Body(c, Export)
                : Unauthorized(c));
        app.MapGet("/secure/key", (HttpContext c) => c.Request.Headers["X-Api-Key"] == ApiKey ? Body(c, Export) : Forbidden(c));
        await app.StartAsync();
        _app = app;
        Root = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public Uri At(string pathAndQuery) => new(Root, pathAndQuery);

    private static async Task Conditional(HttpContext c)
    {
        c.Response.Headers.ETag = ETag;
        c.Response.Headers.LastModified = LastModified.ToString("R", CultureInfo.InvariantCulture);
        if (c.Request.Headers.IfNoneMatch == ETag)
        {
            c.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        await Body(c, Export);
    }

    private static async Task Body(HttpContext c, byte[] body, string? disposition = null)
    {
        if (disposition is not null)
        {
            c.Response.Headers.ContentDisposition = disposition;
        }

        c.Response.ContentType = "text/csv";
        c.Response.ContentLength = body.Length;
        await c.Response.Body.WriteAsync(body, c.RequestAborted);
    }

    private static async Task BigChunked(HttpContext c)
    {
        // No Content-Length: the size only shows while streaming.
        for (var i = 0; i < 3; i++)
        {
            await c.Response.Body.WriteAsync(new byte[1000], c.RequestAborted);
            await c.Response.Body.FlushAsync(c.RequestAborted);
        }
    }

    private static Task Status(HttpContext c, int code)
    {
        c.Response.StatusCode = code;
        if (code == 429)
        {
            c.Response.Headers.RetryAfter = "120";
        }
        else if (code == 503)
        {
            c.Response.Headers.RetryAfter = RetryAt.ToString("R", CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    private static Task Unauthorized(HttpContext c)
    {
        c.Response.StatusCode = StatusCodes.Status401Unauthorized;
        c.Response.Headers.WWWAuthenticate = "Basic realm=\"exports\"";
        return Task.CompletedTask;
    }

    private static Task Forbidden(HttpContext c)
    {
        c.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
