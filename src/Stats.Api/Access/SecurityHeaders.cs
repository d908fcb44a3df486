using Microsoft.Extensions.Primitives;

namespace Stats.Api.Access;

/// <summary>
/// Headers every answer carries, errors and the portal included. They are set when the response starts, so whatever wrote
/// it gets them: an endpoint, the access layer's 401/429/504, routing's 404/405, the last-resort 500. <c>nosniff</c>, no
/// framing, no referrer, and a Content-Security-Policy that loads nothing (the portal sets its own, which allows its
/// stylesheet and its inline SVG charts). A request that carried an API key (valid or not) is answered
/// <c>Cache-Control: private, no-store</c>: neither a browser nor a proxy may keep data read with a key, or a URL with
/// <c>api_key</c> in it. Other answers keep their own Cache-Control, else get <c>no-cache</c>, since a publish changes what
/// the same URL returns.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>For answers that are not pages: nothing may be loaded, run or framed from them.</summary>
    public const string DefaultContentSecurityPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public const string KeyedCacheControl = "private, no-store";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (StringValues.IsNullOrEmpty(headers.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = DefaultContentSecurityPolicy;
        }

        if (CarriesKey(context))
        {
            headers.CacheControl = KeyedCacheControl;
            headers.Pragma = "no-cache";
        }
        else if (StringValues.IsNullOrEmpty(headers.CacheControl))
        {
            headers.CacheControl = "no-cache";
        }
    }

    /// <summary>Any of the ways a key is presented (<see cref="PresentedKey"/>), whether or not it was accepted.</summary>
    private static bool CarriesKey(HttpContext context)
    {
        var request = context.Request;
        return !ApiCaller.Of(context).IsAnonymous
            || request.Headers.Authorization.Count > 0
            || request.Headers.ContainsKey(PresentedKey.HeaderName)
            || request.Query.ContainsKey(PresentedKey.QueryName);
    }
}
