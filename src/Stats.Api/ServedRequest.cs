using Stats.Warehouse.OData;

namespace Stats.Api;

/// <summary>
/// What one request reads: the caller's role, the vintage (a next link's pinned vintage, else the /vintage/{id} route or
/// the <c>vintage</c> query parameter, else the current one) and that vintage's model for the role. A set the role may not
/// see answers 401 to an anonymous caller and 403 to a keyed one when a higher role could read it, 404 when nobody could.
/// </summary>
internal static class ServedRequest
{
    public const string VintageParameter = "vintage";

    public static string? RequestedVintage(HttpContext context)
    {
        if (context.Request.RouteValues.TryGetValue(VintageParameter, out var routed) && routed is string fromRoute)
        {
            return fromRoute;
        }

        if (!context.Request.Query.TryGetValue(VintageParameter, out var values))
        {
            return null;
        }

        return values.Count == 1 && !string.IsNullOrEmpty(values[0])
            ? values[0]
            : throw new ODataHttpException(400, "BadRequest", "vintage: give one vintage number.");
    }

    public static ValueTask<ServedModel> ModelAsync(HttpContext context, string? pinnedVintage = null)
    {
        var source = context.RequestServices.GetRequiredService<IServedModelSource>();
        return source.GetAsync(ApiCaller.Of(context).Role, pinnedVintage ?? RequestedVintage(context), context.RequestAborted);
    }

    public static async Task<FlatEntitySet> SetAsync(HttpContext context, ServedModel served, string name)
    {
        if (served.FindSet(name) is { } set)
        {
            return set;
        }

        var caller = ApiCaller.Of(context);
        if (caller.Role < ODataRole.Admin)
        {
            var source = context.RequestServices.GetRequiredService<IServedModelSource>();
            var everything = await source.GetAsync(ODataRole.Admin, served.VintageId, context.RequestAborted).ConfigureAwait(false);
            if (everything.FindSet(name) is not null)
            {
                throw caller.IsAnonymous
                    ? new ODataHttpException(401, "Unauthorized", $"'{name}' needs an API key: send it as the Basic password, an X-Api-Key header or the api_key parameter.")
                    : new ODataHttpException(403, "Forbidden", $"The role '{caller.Role}' may not read '{name}'.");
            }
        }

        throw new ODataHttpException(404, "NotFound", $"No entity set named '{name}'.");
    }
}
