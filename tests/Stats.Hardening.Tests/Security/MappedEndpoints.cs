using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Stats.Hardening.Tests.Security;

/// <summary>What the running application maps, read from its EndpointDataSource: an endpoint added later is found here too.</summary>
internal static class MappedEndpoints
{
    /// <summary>(method, route pattern) of every route endpoint.</summary>
    public static HashSet<(string Method, string Pattern)> Of(WebApplication app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (m, e.RoutePattern.RawText ?? "")))
            .ToHashSet();
}
