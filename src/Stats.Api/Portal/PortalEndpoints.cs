namespace Stats.Api.Portal;

/// <summary>
/// The public portal: <c>GET /</c> (home), <c>GET /indicators/{id}</c> (<c>?by=</c> chooses the table),
/// <c>GET /indicators/{id}.csv</c> (that table as CSV) and <c>GET /portal.css</c>. Server-rendered HTML without scripts, always
/// the public view of the current vintage whatever key the caller holds. Charts come from an <see cref="IPortalCharts"/> when
/// one is registered. Mapped behind the access layer like the feed (key check, rate limit, request timeout).
/// </summary>
public static class PortalEndpoints
{
    public static IEndpointRouteBuilder MapStatsPortal(this IEndpointRouteBuilder endpoints)
    {
        var requests = new PortalRequests(new PortalPageCache());
        endpoints.MapGet("/", requests.HomeAsync);
        // One route for the page and its CSV: "/indicators/{id}.csv" beside "/indicators/{id}" would be ambiguous for "V04.csv".
        endpoints.MapGet(PortalLinks.IndicatorsPath + "{id}", (HttpContext context, string id) => requests.IndicatorAsync(context, id));
        endpoints.MapGet("/portal.css", PortalRequests.StylesheetAsync);
        return endpoints;
    }
}
