using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Stats.Warehouse.OData;

namespace Stats.Api;

/// <summary>
/// Registration of the read-only OData v4 service: minimal-API endpoints writing with ODataMessageWriter (no dynamic
/// OData routing). Every failure is answered with an OData JSON error body.
/// </summary>
public static class ODataEndpoints
{
    public static IServiceCollection AddStatsOData(this IServiceCollection services, IServedModelSource source, Action<ODataServeOptions>? configure = null)
    {
        var options = new ODataServeOptions();
        configure?.Invoke(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.PageSize);
        services.AddSingleton(options);
        services.AddSingleton(source);
        services.AddSingleton<MetadataDocumentCache>();
        services.AddSingleton<FeedEndpoint>();
        return services;
    }

    public static IEndpointRouteBuilder MapStatsOData(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<ODataServeOptions>();
        // The same service at /odata (current vintage, or ?vintage=) and at /odata/vintage/{id} (an older one by route, which
        // Excel and Power BI keep for $metadata too). Routing matches /odata and /odata/ alike (mapping both is ambiguous).
        var root = "/" + options.RoutePrefix.Trim('/');
        var vintage = new Dictionary<string, object> { [ServedRequest.VintageParameter] = new VintageSegmentConstraint() };
        foreach (var prefix in new[] { root, root + "/vintage/{" + ServedRequest.VintageParameter + "}" })
        {
            Get(endpoints, prefix, "", vintage, ServiceDocumentAsync);
            Get(endpoints, prefix, "/$metadata", vintage, MetadataAsync);
            Get(endpoints, prefix, "/{set}", vintage, (HttpContext c, string set) => Guarded(c, () => c.RequestServices.GetRequiredService<FeedEndpoint>().FeedAsync(c, set)));
            Get(endpoints, prefix, "/{set}/$count", vintage, (HttpContext c, string set) => Guarded(c, () => c.RequestServices.GetRequiredService<FeedEndpoint>().CountAsync(c, set)));
        }

        return endpoints;
    }

    /// <summary>MapGet with the {vintage} constraint (MapGet takes only a string pattern, which cannot carry a constraint instance).</summary>
    private static void Get(IEndpointRouteBuilder endpoints, string prefix, string rest, Dictionary<string, object> policies, Delegate handler)
    {
        var pattern = Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(
            prefix + rest, defaults: null, parameterPolicies: prefix.Contains('{', StringComparison.Ordinal) ? policies : null);
        endpoints.Map(pattern, handler).WithMetadata(new HttpMethodMetadata([HttpMethods.Get]));
    }

    private static Task ServiceDocumentAsync(HttpContext context) => Guarded(context, async () =>
    {
        var served = await ServedRequest.ModelAsync(context).ConfigureAwait(false);
        await ODataResponses.WriteServiceDocumentAsync(context.Response, Root(context), served).ConfigureAwait(false);
    });

    private static Task MetadataAsync(HttpContext context) => Guarded(context, async () =>
    {
        var served = await ServedRequest.ModelAsync(context).ConfigureAwait(false);
        var document = context.RequestServices.GetRequiredService<MetadataDocumentCache>().Get(served.Model);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/xml; charset=utf-8";
        context.Response.Headers["OData-Version"] = "4.0";
        context.Response.Headers[ODataResponses.VintageHeader] = served.VintageId;
        context.Response.ContentLength = document.Length;
        await context.Response.Body.WriteAsync(document, context.RequestAborted).ConfigureAwait(false);
    });

    /// <summary>Maps every failure to an OData error: query errors to 400, unimplemented constructs to 501, never a bare 500.</summary>
    private static async Task Guarded(HttpContext context, Func<Task> handle)
    {
        (int Status, string Code, string Message) error;
        try
        {
            await handle().ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (ODataHttpException e)
        {
            error = (e.StatusCode, e.Code, e.Message);
        }
        catch (ODataQueryInvalidException e)
        {
            error = (400, "BadRequest", e.Message);
        }
        catch (ODataQueryNotSupportedException e)
        {
            error = (501, "NotImplemented", e.Message);
        }
        catch (DuckDBException e) when (!context.Response.HasStarted && e.ErrorType is DuckDBErrorType.OutOfRange or DuckDBErrorType.Conversion or DuckDBErrorType.DivideByZero)
        {
            // The request's own values did not fit (an arithmetic overflow, a literal beyond its column's type): the client can
            // change the query. DuckDB's message is not passed on, as it may quote a value of the row that overflowed.
            error = (400, "ValueOutOfRange", "The query could not be evaluated: a value or an arithmetic result is out of range for its type.");
        }
        catch (DuckDBException e) when (!context.Response.HasStarted)
        {
            // A query that parsed and translated but failed in DuckDB (e.g. an out-of-range cast of a literal): the request's fault or ours cannot be told apart here.
            Logger(context).LogWarning(e, "DuckDB rejected a translated OData query for {Path}", context.Request.Path);
            error = (500, "QueryFailed", "The query could not be executed.");
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            Logger(context).LogError(e, "OData request {Path} failed", context.Request.Path);
            error = (500, "InternalError", "The request failed on the server.");
        }

        if (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await ODataResponses.WriteErrorAsync(context.Response, Root(context), error.Status, error.Code, error.Message).ConfigureAwait(false);
        }
    }

    private static Uri Root(HttpContext context) =>
        ODataResponses.ServiceRoot(context, context.RequestServices.GetRequiredService<ODataServeOptions>().RoutePrefix.Trim('/'));

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Stats.Api.OData");
}
