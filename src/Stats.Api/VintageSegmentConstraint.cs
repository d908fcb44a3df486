namespace Stats.Api;

/// <summary>
/// The {vintage} segment of /odata/vintage/{vintage}/… never starts with '$'. Routing matches literals case-insensitively
/// and prefers them, so without this /odata/Vintage/$count (the count of the <c>Vintage</c> entity set) was taken for the
/// service document of a vintage named "$count" and answered 400. Any other text still reaches the endpoint, which
/// answers a vintage that is not a number with a 400 naming it.
/// </summary>
internal sealed class VintageSegmentConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return !(values.TryGetValue(routeKey, out var value) && value is string text && text.StartsWith('$'));
    }
}
