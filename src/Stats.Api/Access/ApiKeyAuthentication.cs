using System.Diagnostics;

namespace Stats.Api.Access;

/// <summary>
/// Decides who is calling: no key is the anonymous public caller; a known key sets <see cref="ApiCaller"/>; an unknown or
/// revoked key is a 401 even for public sets (a wrong key is an error, not anonymity: the client would otherwise silently
/// read less than it is entitled to). Also writes the access log line: the key's name, never the key, and the query string
/// with api_key masked.
/// </summary>
internal sealed class ApiKeyAuthentication(RequestDelegate next, IApiKeyStore keys, ILogger<ApiKeyAuthentication> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        ApiCaller? caller = null;
        try
        {
            var key = PresentedKey.From(context.Request);
            if (key is not null)
            {
                caller = await keys.FindAsync(key, context.RequestAborted).ConfigureAwait(false)
                    ?? throw new AccessDeniedException(401, "Unauthorized", "The API key is unknown or revoked.");
                context.Features.Set(caller);
            }

            // A 401 from an endpoint (an anonymous caller asking for a keyed set) needs the challenge too.
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status401Unauthorized && !context.Response.Headers.ContainsKey("WWW-Authenticate"))
                {
                    context.Response.Headers.WWWAuthenticate = AccessErrors.Challenge;
                }

                return Task.CompletedTask;
            });
            await next(context).ConfigureAwait(false);
        }
        catch (AccessDeniedException e)
        {
            await AccessErrors.WriteAsync(context, e.StatusCode, e.Code, e.Message).ConfigureAwait(false);
        }
        finally
        {
            logger.LogInformation(
                "{Method} {Path}{Query} answered {Status} to {Caller} in {Elapsed:F1} ms",
                context.Request.Method,
                context.Request.Path.Value,
                MaskedQuery(context.Request.QueryString),
                context.Response.StatusCode,
                caller?.KeyName is { } name ? $"key '{name}' ({caller.Role})" : "anonymous",
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static string MaskedQuery(QueryString query)
    {
        if (!query.HasValue)
        {
            return "";
        }

        var parts = query.Value!.TrimStart('?').Split('&')
            .Select(p => IsKeyParameter(p) ? PresentedKey.QueryName + "=***" : p);
        return "?" + string.Join('&', parts);
    }

    /// <summary>Compared decoded and in any case, as the query collection reads it: API%5Fkey is api_key too.</summary>
    private static bool IsKeyParameter(string part)
    {
        var name = part.Split('=', 2)[0];
        return string.Equals(Uri.UnescapeDataString(name.Replace('+', ' ')), PresentedKey.QueryName, StringComparison.OrdinalIgnoreCase);
    }
}
